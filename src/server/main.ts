import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import type { ServerConfig } from './config';

/** Starts listening; resolves with the server and the address it really got (port 0 picks a free one). */
export function startServer(config: ServerConfig): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolveStart) => {
    const server = serve(
      { fetch: createApp(config).fetch, hostname: config.host, port: config.port },
      (info) => {
        const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
        resolveStart({ server, url: `http://${host}:${info.port}` });
      },
    );
  });
}
