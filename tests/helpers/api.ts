import type { DeviceCredentials, PullResponse, PushResponse } from '../../src/core/sync/messages';

/** A tiny raw HTTP client for the sync API, as any device (or attacker) would call it. */
export function apiClient(baseUrl: string) {
  const call = async (
    method: string,
    path: string,
    options: {
      token?: string;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...options.headers,
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as Record<string, unknown>,
    };
  };
  return {
    call,
    register: async (): Promise<DeviceCredentials> =>
      (await call('POST', '/devices', { body: { protocol: 1 } }))
        .body as unknown as DeviceCredentials,
    push: async (token: string, changes: unknown[]) => {
      const answer = await call('POST', '/push', { token, body: { protocol: 1, changes } });
      return { ...answer, result: answer.body as unknown as PushResponse };
    },
    pull: async (token: string, since = 0, server?: string) =>
      (await call('GET', `/pull?since=${since}${server ? `&server=${server}` : ''}`, { token }))
        .body as unknown as PullResponse,
  };
}

export const NOW = Date.parse('2026-12-03T12:00:00Z');

/** A valid tick change. */
export function tickChange(seq: number, id = `tick-${seq}`, at = NOW) {
  return {
    seq,
    kind: 'tick',
    id,
    op: 'put',
    at,
    data: { id, packId: 'eerste-stapjes', challengeId: 'brood-kopen', doneAt: at, week: 2918 },
  };
}

/** A valid reflection change; `hard` is the text that differs between devices. */
export function reflectionChange(seq: number, id: string, hard: string, base?: number) {
  const data = {
    id,
    tickId: 'tick-1',
    packId: 'eerste-stapjes',
    challengeId: 'brood-kopen',
    createdAt: NOW,
    updatedAt: NOW,
    feeling: 4,
    hard,
    newWords: '',
    notes: '',
  };
  return {
    seq,
    kind: 'reflection',
    id,
    op: 'put',
    at: NOW,
    data,
    ...(base === undefined ? {} : { base }),
  };
}

export function settingChange(seq: number, key: string, value: unknown) {
  return { seq, kind: 'setting', id: key, op: 'put', at: NOW, data: { key, value } };
}
