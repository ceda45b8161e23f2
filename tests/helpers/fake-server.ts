import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { readPack } from '../../src/core/pack/check';
import { byLevel, catalogEntry } from '../../src/core/pack/catalog';
import { ROOT } from './run-command';

const CHALLENGES = resolve(ROOT, 'challenges');

function shippedPacks(): unknown[] {
  return readdirSync(CHALLENGES)
    .filter((name) => name.endsWith('.json') && name !== 'pack.schema.json')
    .map((name) => JSON.parse(readFileSync(resolve(CHALLENGES, name), 'utf8')) as unknown);
}

/** Shipped packs as JSON, by id; tests may add broken ones. */
export type PackFiles = Map<string, unknown>;

/**
 * Answers the app's fetches for /challenges/… from the files in challenges/, the way the
 * server would; `offline` makes every fetch fail like a phone without signal.
 */
export function fakePackServer(extra: Record<string, unknown> = {}) {
  const files: PackFiles = new Map(
    shippedPacks().map((pack) => [(pack as { id: string }).id, pack]),
  );
  Object.entries(extra).forEach(([id, pack]) => files.set(id, pack));
  const state = { offline: false };
  const respond = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    if (state.offline) throw new TypeError('Failed to fetch');
    const path = new URL(String(input), 'http://localhost').pathname;
    if (path === '/challenges/index.json') {
      const entries = [...files.values()].flatMap((raw) => {
        const reading = readPack(raw);
        return reading.ok ? [catalogEntry(reading.pack)] : [];
      });
      return respond(entries.sort(byLevel));
    }
    const match = /^\/challenges\/([^/]+)\.json$/.exec(path);
    const pack = match?.[1] ? files.get(decodeURIComponent(match[1])) : undefined;
    return pack === undefined ? respond({ error: `Not found: ${path}` }, 404) : respond(pack);
  });
  return state;
}

/** The shipped pack with this id, parsed. */
export function shippedPack(id: string) {
  const reading = readPack(JSON.parse(readFileSync(resolve(CHALLENGES, `${id}.json`), 'utf8')));
  if (!reading.ok) throw new Error(`shipped pack ${id} is invalid`);
  return reading.pack;
}
