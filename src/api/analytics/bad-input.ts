import { GraphQLError } from 'graphql';

/** An argument the client can fix: clients see extensions.code BAD_USER_INPUT and the sentence. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
