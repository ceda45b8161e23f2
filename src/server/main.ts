import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import type { ServerConfig } from './config';
import { openDatabase } from './storage/connect';

export interface RunningServer {
  server: ServerType;
  url: string;
  /** Stops listening and closes the database. */
  stop: () => Promise<void>;
}

/** Opens the database (running migrations) and starts listening; port 0 picks a free port. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const db = await openDatabase(config.databaseFile);
  return new Promise((resolveStart) => {
    const server = serve(
      { fetch: createApp(config, db).fetch, hostname: config.host, port: config.port },
      (info) => {
        const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
        const stop = () =>
          new Promise<void>((done) => server.close(() => void db.destroy().then(done)));
        resolveStart({ server, url: `http://${host}:${info.port}`, stop });
      },
    );
  });
}
