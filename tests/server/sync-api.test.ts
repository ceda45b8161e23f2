import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, NOW, reflectionChange, settingChange, tickChange } from '../helpers/api';
import { startTestServer } from '../helpers/server';

describe('the sync API over HTTP, on a real SQLite file', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
  });
  afterAll(() => server.stop());

  it('registers a device anonymously and stores its changes in order', async () => {
    const device = await api.register();
    expect(device.token).toMatch(/^[\w-]{40,}$/);
    const { result } = await api.push(device.token, [
      tickChange(1),
      settingChange(2, 'language', 'ar'),
    ]);
    expect(result).toEqual({ protocol: 1, ackedThrough: 2, rejected: [] });
    const pulled = await api.pull(device.token);
    expect(pulled.records.map((record) => [record.kind, record.id, record.version])).toEqual([
      ['tick', 'tick-1', 1],
      ['setting', 'language', 2],
    ]);
    expect(pulled.checkpoint).toBe(2);
  });

  it('applies a change sent twice only once, also when both copies arrive at the same time', async () => {
    const device = await api.register();
    const batch = [tickChange(1), tickChange(2)];
    const answers = await Promise.all([
      api.push(device.token, batch),
      api.push(device.token, batch),
    ]);
    expect(answers.map((answer) => answer.result.ackedThrough)).toEqual([2, 2]);
    await api.push(device.token, batch);
    expect((await api.pull(device.token)).records).toHaveLength(2);
  });

  it('never skips a missing change number: it asks for it again', async () => {
    const device = await api.register();
    const { result } = await api.push(device.token, [tickChange(1), tickChange(3)]);
    expect(result).toMatchObject({ ackedThrough: 1, missingFrom: 2 });
    expect((await api.push(device.token, [tickChange(2), tickChange(3)])).result.ackedThrough).toBe(
      3,
    );
    expect((await api.pull(device.token)).records.map((record) => record.id)).toEqual([
      'tick-1',
      'tick-2',
      'tick-3',
    ]);
  });

  it('refuses a change that can never be applied, with its reason, and goes on with the rest', async () => {
    const device = await api.register();
    const poison = { ...reflectionChange(1, 'r1', 'x'.repeat(6000)) };
    const { result } = await api.push(device.token, [poison, tickChange(2)]);
    expect(result.ackedThrough).toBe(2);
    expect(result.rejected).toEqual([
      { seq: 1, reason: 'data.hard: Too big: expected string to have <=5000 characters' },
    ]);
    expect((await api.pull(device.token)).records.map((record) => record.id)).toEqual(['tick-2']);
    expect((await api.push(device.token, [poison])).result.rejected).toEqual(result.rejected);
  });

  it('refuses changes dated more than a day ahead and unknown fields in a change', async () => {
    const device = await api.register();
    const future = tickChange(1, 'tick-future', NOW + 3 * 86_400_000 + Date.now() - NOW);
    const extra = { ...tickChange(2), colour: 'red' };
    const { result } = await api.push(device.token, [future, extra]);
    expect(result.rejected.map((rejection) => rejection.reason)).toEqual([
      'at: more than a day in the future',
      expect.stringMatching(/Unrecognized key: "colour"/),
    ]);
  });

  it('treats ticks as facts and settings as last-writer-wins', async () => {
    const device = await api.register();
    await api.push(device.token, [tickChange(1, 'same'), settingChange(2, 'textSize', 1.5)]);
    const changed = { ...tickChange(3, 'same'), data: { ...tickChange(3, 'same').data, week: 1 } };
    await api.push(device.token, [changed, settingChange(4, 'textSize', 2)]);
    const records = (await api.pull(device.token)).records;
    expect(records.find((record) => record.id === 'same')?.data).toMatchObject({ week: 2918 });
    expect(records.find((record) => record.id === 'textSize')?.data).toEqual({
      key: 'textSize',
      value: 2,
    });
  });

  it('keeps both texts when two devices of one learner change the same reflection', async () => {
    const phone = await api.register();
    await api.push(phone.token, [reflectionChange(1, 'r1', 'eerste tekst')]);
    const code = (await api.call('POST', '/restore-codes', { token: phone.token })).body
      .code as string;
    const tablet = (await api.call('POST', '/restore', { body: { protocol: 1, code } })).body as {
      token: string;
    };
    const seen = (await api.pull(tablet.token)).records[0]!.version;
    await api.push(tablet.token, [reflectionChange(1, 'r1', 'tekst van de tablet', seen)]);
    await api.push(phone.token, [reflectionChange(2, 'r1', 'tekst van de telefoon', seen)]);
    const texts = (await api.pull(phone.token)).records.filter(
      (record) => record.kind === 'reflection' && !record.deleted,
    );
    const byId = Object.fromEntries(
      texts.map((record) => [record.id, record.data as { hard: string; conflictOf?: string }]),
    );
    expect(byId.r1?.hard).toBe('tekst van de telefoon');
    const copy = Object.values(byId).find((data) => data.conflictOf === 'r1');
    expect(copy?.hard).toBe('tekst van de tablet');
  });

  it('erases everything of the learner, on every device, and revokes restore codes', async () => {
    const phone = await api.register();
    await api.push(phone.token, [tickChange(1), reflectionChange(2, 'r1', 'privé')]);
    const code = (await api.call('POST', '/restore-codes', { token: phone.token })).body
      .code as string;
    await api.push(phone.token, [
      { seq: 3, kind: 'learner', id: 'erase', op: 'erase', at: Date.now() },
    ]);
    const after = await api.pull(phone.token);
    expect(after.records.filter((record) => !record.deleted).map((record) => record.kind)).toEqual([
      'learner',
    ]);
    expect(JSON.stringify(after.records)).not.toContain('privé');
    expect((await api.call('POST', '/restore', { body: { protocol: 1, code } })).status).toBe(404);
  });

  it('restores on a new phone with a code, and forgets a revoked code', async () => {
    const phone = await api.register();
    await api.push(phone.token, [tickChange(1)]);
    const created = await api.call('POST', '/restore-codes', { token: phone.token });
    expect(created.body.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const typed = String(created.body.code).toLowerCase().replace(/-/g, ' ');
    const restored = await api.call('POST', '/restore', { body: { protocol: 1, code: typed } });
    expect(restored.status).toBe(201);
    expect(
      (await api.pull(String(restored.body.token))).records.map((record) => record.id),
    ).toEqual(['tick-1']);
    await api.call('DELETE', '/restore-codes', { token: phone.token });
    expect(
      (await api.call('POST', '/restore', { body: { protocol: 1, code: created.body.code } }))
        .status,
    ).toBe(404);
  });

  it("never lets one learner read or write another learner's data", async () => {
    const alice = await api.register();
    const bob = await api.register();
    await api.push(alice.token, [reflectionChange(1, 'geheim', 'van Alice')]);
    await api.push(bob.token, [reflectionChange(1, 'geheim', 'van Bob')]);
    expect(JSON.stringify(await api.pull(bob.token))).not.toContain('van Alice');
    expect(JSON.stringify(await api.pull(alice.token))).not.toContain('van Bob');
    expect(
      JSON.stringify((await api.call('GET', '/export', { token: bob.token })).body),
    ).not.toContain('van Alice');
  });

  it('starts a device again from 0 when its checkpoint is unusable', async () => {
    const device = await api.register();
    await api.push(device.token, [tickChange(1)]);
    expect(await api.pull(device.token, 999)).toMatchObject({ reset: true, checkpoint: 1 });
    expect(await api.pull(device.token, 1, 'another-server')).toMatchObject({
      reset: true,
      records: [expect.objectContaining({ id: 'tick-1' })],
    });
  });

  it('exports everything it holds for the learner', async () => {
    const device = await api.register();
    await api.push(device.token, [reflectionChange(1, 'r1', 'mijn tekst')]);
    const exported = (await api.call('GET', '/export', { token: device.token })).body;
    expect(exported.records).toEqual([
      expect.objectContaining({
        kind: 'reflection',
        id: 'r1',
        data: expect.objectContaining({ hard: 'mijn tekst' }),
      }),
    ]);
    expect(exported.devices).toHaveLength(1);
  });
});

describe('bad requests get a clear answer, never a crash', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    token = (await api.register()).token;
  });
  afterAll(() => server.stop());

  it('401 for a missing or unknown token', async () => {
    expect(await api.call('GET', '/pull')).toMatchObject({
      status: 401,
      body: { error: expect.stringMatching(/authorization/) },
    });
    expect((await api.call('GET', '/pull', { token: 'nope' })).status).toBe(401);
  });

  it('400 naming the problem for malformed JSON and schema violations', async () => {
    expect(await api.call('POST', '/push', { token, raw: '{"protocol":1,' })).toMatchObject({
      status: 400,
      body: { error: 'body: not valid JSON' },
    });
    expect(
      await api.call('POST', '/push', {
        token,
        body: { protocol: 1, changes: [{ kind: 'tick' }] },
      }),
    ).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^changes\.0\.seq:/) } });
    expect(
      await api.call('POST', '/push', {
        token,
        body: { protocol: 1, changes: [tickChange(1)], extra: true },
      }),
    ).toMatchObject({ status: 400, body: { error: expect.stringMatching(/extra/) } });
    expect(
      await api.call('POST', '/push', { token, body: { protocol: 2, changes: [tickChange(1)] } }),
    ).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^protocol:/) } });
    expect(await api.call('GET', '/pull?since=-4', { token })).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/^since:/) },
    });
  });

  it('413 for too many changes or too large a body, so the client splits its batch', async () => {
    const many = Array.from({ length: 101 }, (_, index) => tickChange(index + 1));
    expect(
      (await api.call('POST', '/push', { token, body: { protocol: 1, changes: many } })).status,
    ).toBe(413);
    const huge = [{ ...tickChange(1), data: { note: 'x'.repeat(300_000) } }];
    expect(
      (await api.call('POST', '/push', { token, body: { protocol: 1, changes: huge } })).status,
    ).toBe(413);
  });

  it('sets security headers on API answers', async () => {
    const answer = await api.call('GET', '/pull', { token });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('429 with Retry-After when restore codes are guessed', async () => {
    const attempts = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      attempts.push(
        await api.call('POST', '/restore', { body: { protocol: 1, code: 'AAAA-AAAA-AAAA' } }),
      );
    }
    expect(attempts.slice(0, 10).map((answer) => answer.status)).toEqual(Array(10).fill(404));
    expect(attempts[10]?.status).toBe(429);
    expect(Number(attempts[10]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('404 with a message for an unknown API path', async () => {
    expect(await api.call('GET', '/nothing')).toMatchObject({
      status: 404,
      body: { error: 'no such API: GET /api/v1/nothing' },
    });
  });
});
