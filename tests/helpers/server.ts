import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type ServerConfig } from '../../src/server/config';
import { startServer } from '../../src/server/main';

/** A real server on 127.0.0.1 and a free port, with its own data folder. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'stapjes-data-'));
  const config = {
    ...readConfig({ HOST: '127.0.0.1', PORT: '0' }, process.cwd()),
    dataDir,
    databaseFile: join(dataDir, 'stapjes.sqlite'),
    ...overrides,
  };
  const { url, stop } = await startServer(config);
  return { url, config, stop };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
