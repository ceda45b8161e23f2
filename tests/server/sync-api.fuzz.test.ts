import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, tickChange } from '../helpers/api';
import { startTestServer } from '../helpers/server';

const ANSWERS = new Set([200, 201, 400, 401, 404, 413, 429]);

describe('the sync API under arbitrary input', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({
      limits: {
        perAddress: { max: 1_000_000, windowMs: 60_000 },
        perToken: { max: 1_000_000, windowMs: 60_000 },
        register: { max: 1_000_000, windowMs: 60_000 },
        restore: { max: 1_000_000, windowMs: 60_000 },
      },
    });
    api = apiClient(server.url);
    token = (await api.register()).token;
  });
  afterAll(() => server.stop());

  it('answers any JSON body on every endpoint with a clear status, never a crash', async () => {
    const paths = fc.constantFrom('/push', '/restore', '/devices', '/restore-codes');
    await fc.assert(
      fc.asyncProperty(
        paths,
        fc.jsonValue({ maxDepth: 4 }),
        fc.boolean(),
        async (path, body, withToken) => {
          const answer = await api.call('POST', path, { body, ...(withToken ? { token } : {}) });
          expect(ANSWERS.has(answer.status), `${answer.status} for ${path}`).toBe(true);
          if (answer.status >= 400) expect(typeof answer.body.error).toBe('string');
        },
      ),
      { numRuns: 150 },
    );
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('refuses each malformed change with a reason and still stores the good ones', async () => {
    const device = await api.register();
    const odd = fc.record({
      kind: fc.constantFrom(
        'tick',
        'reflection',
        'setting',
        'enrolment',
        'pack',
        'learner',
        'other',
      ),
      id: fc.string(),
      op: fc.string(),
      data: fc.jsonValue({ maxDepth: 2 }),
      at: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(odd, { minLength: 1, maxLength: 5 }), async (changes) => {
        const { credentials } = { credentials: device };
        const pulledBefore = (await api.pull(credentials.token)).checkpoint;
        const base = Number(
          (
            await api.call('POST', '/push', {
              token: credentials.token,
              body: { protocol: 1, changes: [tickChange(1)] },
            })
          ).body.ackedThrough ?? 0,
        );
        const numbered = changes.map((change, index) => ({ ...change, seq: base + index + 1 }));
        const { result, status } = await api.push(credentials.token, numbered);
        expect(status).toBe(200);
        expect(result.ackedThrough).toBe(base + changes.length);
        expect(pulledBefore).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
