import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import { visualAssets } from './visual-assets.js';
import { VISUAL_CSP, visualPage } from './visual-page.js';

/**
 * The visual explorer (docs/visual-explorer.md): GET / and GET /visual serve the page, and
 * /visual/assets/<name> its bundle from a closed list. The page holds no data: it reads the
 * public /graphql API like any client (so API keys, when on, go in the page's key field).
 */
export function visualRouter(): Router {
  const router = express.Router();
  const html = visualPage();
  const sendPage = (_req: Request, res: Response) => {
    res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': VISUAL_CSP, 'Cache-Control': 'no-cache' }).send(html);
  };
  router.get(['/', '/visual'], sendPage);

  const assets = visualAssets();
  router.get('/visual/assets/:name', (req: Request<{ name: string }>, res: Response, next: NextFunction) => {
    const asset = assets.get(req.params.name);
    if (!asset) return next();
    // Rebuilt by every `npm run build`: revalidate each time (the bundle is small next to the data).
    res.sendFile(asset.file, { headers: { 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache' } }, (e?: Error) => {
      if (e && !res.headersSent) res.status(404).type('text/plain').send(`${req.params.name} is not built: run npm run build:web\n`);
    });
  });
  return router;
}
