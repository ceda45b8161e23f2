import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/server/http/rate-limit';
import { apiClient } from '../helpers/api';
import { startTestServer } from '../helpers/server';

describe('RateLimiter', () => {
  it('allows `max` requests per window and then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const limit = { max: 2, windowMs: 60_000 };
    expect([limiter.hit('a', limit), limiter.hit('a', limit), limiter.hit('a', limit)]).toEqual([
      0, 0, 60,
    ]);
    expect(limiter.hit('b', limit)).toBe(0);
    now = 45_000;
    expect(limiter.hit('a', limit)).toBe(15);
    now = 60_000;
    expect(limiter.hit('a', limit)).toBe(0);
  });
});

describe('request limits over HTTP', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({
      limits: { perToken: { max: 3, windowMs: 60_000 }, register: { max: 2, windowMs: 60_000 } },
    });
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After per device token', async () => {
    const api = apiClient(server.url);
    const { token } = await api.register();
    const statuses = [];
    for (let call = 0; call < 4; call++) statuses.push(await api.call('GET', '/pull', { token }));
    expect(statuses.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(Number(statuses[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits new anonymous devices per address', async () => {
    const api = apiClient(server.url);
    const answers = [];
    for (let call = 0; call < 3; call++)
      answers.push(await api.call('POST', '/devices', { body: { protocol: 1 } }));
    const answer = answers.at(-1)!;
    expect(answer.status).toBe(429);
    expect(answer.body.error).toMatch(/too many requests/);
  });
});
