import { Hono } from 'hono';
import type { ServerConfig } from './config';
import { securityHeaders } from './security-headers';
import { staticRoutes } from './static-routes';

/** The whole HTTP surface: the sync API under /api, the app and the packs everywhere else. */
export function createApp(config: ServerConfig): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/', staticRoutes(config.distDir));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: 'Something went wrong on the server; nothing you sent was lost.' }, 500);
  });
  return app;
}
