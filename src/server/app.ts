import { Hono } from 'hono';
import type { ServerConfig } from './config';
import { securityHeaders } from './security-headers';
import { staticRoutes } from './static-routes';
import { syncRoutes } from './http/sync-routes';
import type { Db } from './storage/connect';

/** The whole HTTP surface: the sync API under /api/v1, the app and the packs everywhere else. */
export function createApp(config: ServerConfig, db: Db): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.get('/api/health', (c) => c.json({ ok: true }));
  // What the poster page prints: the public address and the library's name (configuration).
  app.get('/api/config', (c) =>
    c.json({ publicBaseUrl: config.publicBaseUrl, libraryName: config.libraryName }),
  );
  app.route('/api/v1', syncRoutes({ db, trustProxy: config.trustProxy, limits: config.limits }));
  app.route('/', staticRoutes(config.distDir));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: 'Something went wrong on the server; nothing you sent was lost.' }, 500);
  });
  return app;
}
