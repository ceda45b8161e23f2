import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Hashed assets never change, so phones keep them forever; everything else is checked each time. */
function cacheControlFor(path: string): string {
  return path.includes('/assets/') ? IMMUTABLE : REVALIDATE;
}

/** Looks like a page the app draws itself (/, /p/brood, /progress), not a file. */
const NOT_APP_ROUTES = ['/api/', '/assets/', '/challenges/', '/icons/'];

function isAppRoute(path: string): boolean {
  return !/\.[a-z0-9]+$/i.test(path) && !NOT_APP_ROUTES.some((prefix) => path.startsWith(prefix));
}

/** The built app: pre-compressed files, long caching for hashed assets, index.html for app routes. */
export function staticRoutes(distDir: string): Hono {
  const routes = new Hono();
  const onFound = (path: string, c: { header: (name: string, value: string) => void }) => {
    c.header('Cache-Control', cacheControlFor(path));
  };
  routes.use('*', serveStatic({ root: distDir, precompressed: true, onFound }));
  routes.get('*', (c) => {
    if (!isAppRoute(c.req.path)) return c.json({ error: `Not found: ${c.req.path}` }, 404);
    let html: string;
    try {
      html = readFileSync(join(distDir, 'index.html'), 'utf8');
    } catch {
      return c.text('The app is not built yet: run npm start, which builds it.', 503);
    }
    c.header('Cache-Control', REVALIDATE);
    return c.html(html);
  });
  return routes;
}
