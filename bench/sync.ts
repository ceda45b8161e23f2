/**
 * `npm run bench:sync`: (1) how long one phone takes to send 10,000 changes queued while
 * offline (the real client engine, fake-indexeddb, the real server on loopback); (2) the
 * server's throughput and latency with 50 devices syncing at once. Medians of several
 * runs go into docs/performance.md.
 */
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useDeviceDatabase } from '../src/db/database';
import { markDone } from '../src/db/progress';
import { createSyncEngine } from '../src/sync/engine';
import { median, ROOT, writeReport } from './support';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DEVICES = 50;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);

/** The server in its own process, as in production, with limits lifted for the load. */
function startServerProcess(): Promise<{ url: string; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stapjes-bench-sync-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STAPJES_DATA_DIR: dataDir,
      STAPJES_DIST_DIR: dataDir,
      STAPJES_LIMIT_PER_ADDRESS_PER_MINUTE: '10000000',
      STAPJES_LIMIT_PER_DEVICE_PER_MINUTE: '10000000',
      STAPJES_LIMIT_REGISTRATIONS_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStart) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolveStart({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
  });
}

async function flushTenThousand(url: string, run: number): Promise<number> {
  useDeviceDatabase(`bench-phone-${run}-${Date.now()}`);
  const start = Date.now() - 30 * 86_400_000;
  for (let index = 0; index < 5000; index++)
    await markDone('eerste-stapjes', 'brood-kopen', start + index * 500_000);
  const engine = createSyncEngine({ baseUrl: url });
  const began = performance.now();
  const result = await engine.sync();
  if (!result.ok) throw new Error(`sync failed: ${JSON.stringify(result)}`);
  return performance.now() - began;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

interface LoadResult {
  pushes: number[];
  pulls: number[];
  changes: number;
  seconds: number;
}

/** 50 devices, each pushing 20 changes and pulling, again and again, for a fixed time. */
async function fiftyDevices(url: string): Promise<LoadResult> {
  const call = async (path: string, init: RequestInit) => {
    const began = performance.now();
    const response = await fetch(`${url}/api/v1${path}`, init);
    await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return performance.now() - began;
  };
  const register = async () =>
    (await (
      await fetch(`${url}/api/v1/devices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"protocol":1}',
      })
    ).json()) as { token: string };
  const devices = await Promise.all(Array.from({ length: DEVICES }, register));
  const result: LoadResult = { pushes: [], pulls: [], changes: 0, seconds: LOAD_SECONDS };
  const until = Date.now() + LOAD_SECONDS * 1000;
  await Promise.all(
    devices.map(async ({ token }, deviceIndex) => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      let seq = 0;
      let checkpoint = 0;
      while (Date.now() < until) {
        const changes = Array.from({ length: 20 }, () => {
          seq += 1;
          const id = `d${deviceIndex}-t${seq}`;
          return {
            seq,
            kind: 'tick',
            id,
            op: 'put',
            at: Date.now(),
            data: {
              id,
              packId: 'eerste-stapjes',
              challengeId: 'brood-kopen',
              doneAt: Date.now(),
              week: 2918,
            },
          };
        });
        result.pushes.push(
          await call('/push', {
            method: 'POST',
            headers,
            body: JSON.stringify({ protocol: 1, changes }),
          }),
        );
        result.changes += changes.length;
        const began = performance.now();
        const page = (await (
          await fetch(`${url}/api/v1/pull?since=${checkpoint}`, { headers })
        ).json()) as { checkpoint: number };
        result.pulls.push(performance.now() - began);
        checkpoint = page.checkpoint;
      }
    }),
  );
  return result;
}

async function main() {
  const flushes: number[] = [];
  const loads: LoadResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    const server = await startServerProcess();
    flushes.push(await flushTenThousand(server.url, run));
    loads.push(await fiftyDevices(server.url));
    server.stop();
  }
  const m = (pick: (load: LoadResult) => number) => median(loads.map(pick));
  const rows = [
    `Measured ${new Date().toISOString().slice(0, 10)} on this 2-core machine (server in its own process, loopback), medians of ${RUNS} runs (\`npm run bench:sync\`).`,
    '',
    '| one phone, 10,000 changes queued over 30 days offline | median | runs |',
    '| --- | --- | --- |',
    `| time to send them all (100 per push) and pull back | **${(median(flushes) / 1000).toFixed(1)} s** | ${flushes.map((value) => (value / 1000).toFixed(1)).join(', ')} s |`,
    `| changes per second | ${Math.round(10_000 / (median(flushes) / 1000))} | |`,
    '',
    `| ${DEVICES} devices syncing at once for ${LOAD_SECONDS} s (push 20 changes, then pull, in a loop) | median | runs |`,
    '| --- | --- | --- |',
    `| requests per second (push + pull) | **${Math.round(m((load) => (load.pushes.length + load.pulls.length) / load.seconds))}** | ${loads.map((load) => Math.round((load.pushes.length + load.pulls.length) / load.seconds)).join(', ')} |`,
    `| changes stored per second | ${Math.round(m((load) => load.changes / load.seconds))} | ${loads.map((load) => Math.round(load.changes / load.seconds)).join(', ')} |`,
    `| push latency p50 / p99 | **${m((load) => percentile(load.pushes, 0.5)).toFixed(0)} / ${m((load) => percentile(load.pushes, 0.99)).toFixed(0)} ms** | ${loads.map((load) => `${percentile(load.pushes, 0.5).toFixed(0)}/${percentile(load.pushes, 0.99).toFixed(0)}`).join(', ')} |`,
    `| pull latency p50 / p99 | ${m((load) => percentile(load.pulls, 0.5)).toFixed(0)} / ${m((load) => percentile(load.pulls, 0.99)).toFixed(0)} ms | ${loads.map((load) => `${percentile(load.pulls, 0.5).toFixed(0)}/${percentile(load.pulls, 0.99).toFixed(0)}`).join(', ')} |`,
  ];
  const body = rows.join('\n');
  console.log(body);
  await writeReport('bench-sync', body);
  process.exit(0);
}

await main();
