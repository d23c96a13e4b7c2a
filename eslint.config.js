// Lint = the pipeline's import boundaries (house style): pure stages import neither the database
// driver nor GraphQL; only the graph layer (src/graph) holds the driver. Type checking is tsc's job.
import tseslint from 'typescript-eslint';

const driver = { name: 'neo4j-driver', message: 'Only src/graph touches the driver: go through GraphExecutor.' };
const graphqlLibs = ['graphql', 'type-graphql', '@apollo/server', '@apollo/server/*', '@as-integrations/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'neo4j-local/**', '.neo4j/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': ['error', { paths: [driver] }],
    },
  },
  {
    files: ['src/graph/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The pure stages: text → structure → tables → records → validation.
    files: ['loaders/text/**', 'loaders/structure/**', 'loaders/tables/**', 'loaders/records/**', 'loaders/validate/**', 'loaders/parse-document.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driver],
          patterns: [
            { group: graphqlLibs, message: 'Pure stages do not import GraphQL.' },
            { group: ['**/src/**', '../graph/*', '../../loaders/graph/*'], message: 'Pure stages import only ../records and each other, never the graph or API layers.' },
          ],
        },
      ],
    },
  },
  {
    // The browser code (web/): talks to the server only through /graphql, like any client.
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driver],
          patterns: [
            { group: graphqlLibs, message: 'The browser code sends query text over HTTP; it does not import GraphQL libraries.' },
            { group: ['**/src/**', '**/loaders/**', 'node:*'], message: 'web/ is browser code: it imports neither the server nor Node built-ins.' },
          ],
        },
      ],
    },
  },
);
