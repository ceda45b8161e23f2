import { resolve } from 'node:path';

/** How the server is set up; every value can come from the environment. */
export interface ServerConfig {
  host: string;
  port: number;
  /** The built app (vite build output). */
  distDir: string;
  /** Where the server keeps its database file. */
  dataDir: string;
  /** The address learners use, e.g. https://stapjes.bibliotheekwestland.nl; printed on posters. */
  publicBaseUrl: string;
}

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

export function readConfig(env: NodeJS.ProcessEnv, rootDir: string): ServerConfig {
  const host = env.HOST ?? '0.0.0.0';
  const port = portFrom(env.PORT);
  return {
    host,
    port,
    distDir: resolve(rootDir, env.STAPJES_DIST_DIR ?? 'dist'),
    dataDir: resolve(rootDir, env.STAPJES_DATA_DIR ?? 'data'),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
  };
}
