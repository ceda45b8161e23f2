import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-command';
import { tempDir } from '../helpers/server';

const PACK_IDS = readdirSync(resolve(ROOT, 'challenges'))
  .filter((name) => name.endsWith('.json') && name !== 'pack.schema.json')
  .map((name) => name.replace(/\.json$/, ''));

/** Runs `npm start`'s script on a free port and a fresh build folder; resolves with the URL it prints. */
function start() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STAPJES_DIST_DIR: tempDir('stapjes-start-'),
      STAPJES_DATA_DIR: tempDir('stapjes-data-'),
    },
  });
  let output = '';
  const url = new Promise<string>((resolveUrl, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolveUrl(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`npm start ended with ${code}: ${output}`)));
  });
  return { child, url };
}

describe('npm start', () => {
  const started = start();
  afterAll(() => {
    started.child.kill();
  });

  it('builds the app, serves the shell and prints the URL', async () => {
    const url = await started.url;
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('<div id="app">');
  }, 120_000);

  it('serves every shipped pack at /challenges/<id>.json and lists them in the catalog', async () => {
    const url = await started.url;
    expect(PACK_IDS.length).toBeGreaterThanOrEqual(3);
    for (const id of PACK_IDS) {
      const response = await fetch(`${url}/challenges/${id}.json`);
      expect(response.status, id).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(id);
    }
    const catalog = (await (await fetch(`${url}/challenges/index.json`)).json()) as {
      id: string;
    }[];
    expect(catalog.map((entry) => entry.id).sort()).toEqual([...PACK_IDS].sort());
  }, 120_000);
});
