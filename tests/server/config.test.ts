import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { runTsCommand } from '../helpers/run-command';
import { startTestServer } from '../helpers/server';

const env = (extra: Record<string, string>) => ({ HOST: '127.0.0.1', PORT: '0', ...extra });

describe("the server's settings for posters", () => {
  it('takes the public address without its trailing slash, and the library name', () => {
    const config = readConfig(
      env({ PUBLIC_BASE_URL: 'https://stapjes.bieb.nl/', LIBRARY_NAME: 'Bieb' }),
      '.',
    );
    expect(config.publicBaseUrl).toBe('https://stapjes.bieb.nl');
    expect(config.libraryName).toBe('Bieb');
    expect(readConfig(env({}), '.').publicBaseUrl).toBeNull();
  });

  it('refuses a public address that would put a dead link on every poster', () => {
    expect(() => readConfig(env({ PUBLIC_BASE_URL: 'stapjes.bieb.nl' }), '.')).toThrow(
      'PUBLIC_BASE_URL stapjes.bieb.nl: not a web address',
    );
  });

  it('stops `npm run serve` with the reason and exit code 2 instead of a stack trace', () => {
    const result = runTsCommand('src/cli/serve.ts', [], { PUBLIC_BASE_URL: 'ftp://bieb.nl' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Stapjes cannot start: PUBLIC_BASE_URL ftp://bieb.nl: use an http:// or https:// address',
    );
  });

  describe('GET /api/config', () => {
    let server: Awaited<ReturnType<typeof startTestServer>>;
    beforeAll(async () => {
      server = await startTestServer({
        publicBaseUrl: 'https://stapjes.bieb.nl',
        libraryName: 'Bibliotheek Westland',
      });
    });
    afterAll(() => server.stop());

    it('tells the poster page which address and name to print', async () => {
      const response = await fetch(`${server.url}/api/config`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        publicBaseUrl: 'https://stapjes.bieb.nl',
        libraryName: 'Bibliotheek Westland',
      });
    });
  });
});
