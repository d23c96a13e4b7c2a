import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../../config/paths.js';

const require = createRequire(import.meta.url);
/** A package's folder, found the way Node finds it (works from src/ and dist/, and when hoisted). */
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

export interface ExplorerAsset {
  file: string;
  contentType: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * The closed set of files the explorer page loads, by the name it uses under /explorer/assets/.
 * GraphiQL 3 ships a standalone browser build that takes React 18 from globals, and React 18
 * ships UMD builds: served straight from node_modules, nothing is bundled or downloaded.
 * The CSS embeds its fonts as data: URLs, so no request leaves this server.
 */
export function explorerAssets(): ReadonlyMap<string, ExplorerAsset> {
  const graphiql = packageDir('graphiql');
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  return new Map([
    ['react.production.min.js', { file: path.join(react, 'umd', 'react.production.min.js'), contentType: JS }],
    ['react-dom.production.min.js', { file: path.join(reactDom, 'umd', 'react-dom.production.min.js'), contentType: JS }],
    ['graphiql.min.js', { file: path.join(graphiql, 'graphiql.min.js'), contentType: JS }],
    ['graphiql.min.css', { file: path.join(graphiql, 'graphiql.min.css'), contentType: CSS }],
    ['explorer-client.js', { file: path.join(projectRoot, 'public', 'explorer', 'explorer-client.js'), contentType: JS }],
    ['explorer.css', { file: path.join(projectRoot, 'public', 'explorer', 'explorer.css'), contentType: CSS }],
  ]);
}
