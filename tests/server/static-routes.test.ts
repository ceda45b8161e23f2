import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, tempDir } from '../helpers/server';

const INDEX = '<!doctype html><title>Stapjes</title><div id="app"></div>';
const SCRIPT = 'console.log("stapjes");'.repeat(40);

function fakeBuild(): string {
  const dist = tempDir('stapjes-dist-');
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, 'challenges'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'challenges', 'brood.json'), '{"id":"brood"}');
  return dist;
}

describe('the server for the built app', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({ distDir: fakeBuild() });
  });
  afterAll(() => server.stop());

  it('serves the app shell at / without long caching', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers app routes such as /p/<pack-id> with the app shell', async () => {
    const response = await fetch(`${server.url}/p/brood`);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe(INDEX);
  });

  it('serves packs as JSON and a clear 404 for an unknown pack', async () => {
    const found = await fetch(`${server.url}/challenges/brood.json`);
    expect(found.headers.get('content-type')).toMatch(/application\/json/);
    expect(await found.json()).toEqual({ id: 'brood' });
    const missing = await fetch(`${server.url}/challenges/nope.json`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found: /challenges/nope.json' });
  });

  it('sends hashed assets pre-compressed with immutable caching', async () => {
    const response = await fetch(`${server.url}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(SCRIPT);
  });

  it('sets security headers on every answer', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses paths that try to leave the build folder', async () => {
    const response = await fetch(`${server.url}/assets/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });
});
