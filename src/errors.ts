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

/**
 * A request argument the API cannot use (a malformed decimal, a page size over the cap, a cursor
 * it did not issue). The message names the argument and the reason; clients see BAD_USER_INPUT.
 */
export class BadUserInputError extends UserFacingError {
  override name = 'BadUserInputError';
  readonly code = 'BAD_USER_INPUT';
}
