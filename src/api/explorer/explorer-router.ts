import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import { explorerAssets } from './explorer-assets.js';
import type { ExplorerExample } from './explorer-examples.js';
import { EXPLORER_CSP, explorerPage } from './explorer-page.js';

/** The types a GET /graphql may ask for, GraphQL's first: `*\/*` (curl, fetch) gets GraphQL. */
const GRAPHQL_OR_HTML = ['application/graphql-response+json', 'application/json', 'text/html'];

/**
 * GraphiQL for budget-graph: GET /explorer, and GET /graphql when a browser asks for text/html
 * (opening the API's URL in a browser shows the explorer; clients asking for JSON get GraphQL).
 * Mount it before the /graphql handler. The page is open even when API keys are on: it holds no
 * data, and a browser navigating to it cannot send a key header; the key goes in the explorer's
 * Headers tab and protects /graphql itself.
 */
export function explorerRouter(examples: readonly ExplorerExample[]): Router {
  const router = express.Router();
  const html = explorerPage(examples);
  const sendPage = (_req: Request, res: Response) => {
    res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': EXPLORER_CSP, 'Cache-Control': 'no-cache' }).send(html);
  };
  router.get('/explorer', sendPage);
  router.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.accepts(GRAPHQL_OR_HTML) === 'text/html') return sendPage(req, res);
    next();
  });

  const assets = explorerAssets();
  router.get('/explorer/assets/:name', (req: Request<{ name: string }>, res: Response, next: NextFunction) => {
    const asset = assets.get(req.params.name);
    if (!asset) return next(); // a closed list: no path from the URL ever reaches the file system
    // Assets change only with a package upgrade or a deploy: a day of caching, then revalidation.
    res.sendFile(asset.file, { headers: { 'Content-Type': asset.contentType }, maxAge: '1d' });
  });
  return router;
}
