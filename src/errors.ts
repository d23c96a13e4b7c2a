/**
 * An error a user can act on: its message is one sentence saying what is wrong and what to do.
 * The CLI prints only the message (no stack) and exits non-zero.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
