import path from 'node:path';
import { projectRoot } from '../../config/paths.js';

export interface VisualAsset {
  file: string;
  contentType: string;
}

/** Where `npm run build:web` (esbuild) writes the bundle of web/visual/: git-ignored, like dist/. */
export const visualBuildDir = path.join(projectRoot, 'dist', 'web');

/**
 * The closed set of files the visual explorer loads, by the name it uses under /visual/assets/:
 * one script (the page's TypeScript with ECharts bundled in), one stylesheet and their maps. Nothing else is
 * served, so no path from a URL ever reaches the file system.
 */
export function visualAssets(): ReadonlyMap<string, VisualAsset> {
  return new Map([
    ['visual.js', { file: path.join(visualBuildDir, 'visual.js'), contentType: 'text/javascript; charset=utf-8' }],
    ['visual.css', { file: path.join(visualBuildDir, 'visual.css'), contentType: 'text/css; charset=utf-8' }],
    // Source maps: fetched only by a browser's developer tools.
    ['visual.js.map', { file: path.join(visualBuildDir, 'visual.js.map'), contentType: 'application/json; charset=utf-8' }],
    ['visual.css.map', { file: path.join(visualBuildDir, 'visual.css.map'), contentType: 'application/json; charset=utf-8' }],
  ]);
}
