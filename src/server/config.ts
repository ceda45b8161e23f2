import { resolve } from 'node:path';
import { baseUrlProblem } from '../core/poster';

/** How the server is set up; every value can come from the environment. */
export interface ServerConfig {
  host: string;
  port: number;
  /** The built app (vite build output). */
  distDir: string;
  /** Where the server keeps its database file. */
  dataDir: string;
  /** The SQLite database file (default: stapjes.sqlite in the data folder). */
  databaseFile: string;
  /** The address learners use, e.g. https://stapjes.bibliotheekwestland.nl; printed on posters. */
  publicBaseUrl: string | null;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  trustProxy: boolean;
  /** The library's name, printed on posters (default: each pack's publisher). */
  libraryName: string | null;
  /** Overrides of the request limits (see http/rate-limit.ts), e.g. for load tests. */
  limits?: Partial<
    Record<'perAddress' | 'perToken' | 'register' | 'restore', { max: number; windowMs: number }>
  >;
}

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

/** The address printed on posters; a typo here would put a dead link on every poster. */
function publicBaseUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  const problem = baseUrlProblem(value);
  if (problem) throw new Error(`PUBLIC_BASE_URL ${problem}`);
  return value.replace(/\/+$/, '');
}

const LIMIT_VARIABLES = {
  perAddress: 'STAPJES_LIMIT_PER_ADDRESS_PER_MINUTE',
  perToken: 'STAPJES_LIMIT_PER_DEVICE_PER_MINUTE',
  register: 'STAPJES_LIMIT_REGISTRATIONS_PER_MINUTE',
  restore: 'STAPJES_LIMIT_RESTORES_PER_MINUTE',
} as const;

/** Request limits set in the environment (per minute), e.g. for a load test; others keep their defaults. */
function limitsFrom(env: NodeJS.ProcessEnv): ServerConfig['limits'] {
  const limits: NonNullable<ServerConfig['limits']> = {};
  for (const [name, variable] of Object.entries(LIMIT_VARIABLES) as [
    keyof typeof LIMIT_VARIABLES,
    string,
  ][]) {
    const value = env[variable];
    if (value === undefined) continue;
    const max = Number(value);
    if (!Number.isInteger(max) || max < 1)
      throw new Error(`${variable} must be a whole number of 1 or more, not "${value}"`);
    limits[name] = { max, windowMs: 60_000 };
  }
  return limits;
}

export function readConfig(env: NodeJS.ProcessEnv, rootDir: string): ServerConfig {
  const host = env.HOST ?? '0.0.0.0';
  const port = portFrom(env.PORT);
  const dataDir = resolve(rootDir, env.STAPJES_DATA_DIR ?? 'data');
  return {
    host,
    port,
    distDir: resolve(rootDir, env.STAPJES_DIST_DIR ?? 'dist'),
    dataDir,
    databaseFile: resolve(dataDir, env.STAPJES_DATABASE_FILE ?? 'stapjes.sqlite'),
    publicBaseUrl: publicBaseUrlFrom(env.PUBLIC_BASE_URL),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    libraryName: env.LIBRARY_NAME ?? null,
    limits: limitsFrom(env),
  };
}
