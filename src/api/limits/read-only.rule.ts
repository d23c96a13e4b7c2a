import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses, at validation, an operation type the schema does not have (the API has queries only;
 * graphql-js would otherwise fail it only at execution, as an internal error).
 */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(op) {
      if (!context.getSchema().getRootType(op.operation)) {
        context.reportError(new GraphQLError(`This API is read-only: it has no ${op.operation} operations.`, { nodes: [op] }));
      }
    },
  };
}
