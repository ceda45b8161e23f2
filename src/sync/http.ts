/** The sync API as the device calls it; every failure becomes a SyncError that says what to do. */
import type {
  Change,
  DeviceCredentials,
  PullResponse,
  PushResponse,
  RestoreCodeResponse,
} from '../core/sync/messages';
import { PROTOCOL_VERSION } from '../core/sync/limits';

export type SyncErrorKind =
  'offline' | 'unauthorized' | 'too-large' | 'retry-later' | 'not-found' | 'bad-request' | 'server';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** From Retry-After, when the server said when to come back. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

function kindFor(status: number): SyncErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 413) return 'too-large';
  if (status === 429 || status === 503) return 'retry-later';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

export interface SyncHttp {
  register(): Promise<DeviceCredentials>;
  push(token: string, changes: readonly Change[]): Promise<PushResponse>;
  pull(token: string, since: number, serverId: string | null): Promise<PullResponse>;
  createRestoreCode(token: string): Promise<RestoreCodeResponse>;
  revokeRestoreCodes(token: string): Promise<void>;
  restore(code: string): Promise<DeviceCredentials>;
  exportServerData(token: string): Promise<unknown>;
}

export function syncHttp(
  baseUrl: string,
  fetcher: typeof fetch = (...args) => fetch(...args),
): SyncHttp {
  async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetcher(`${baseUrl}/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new SyncError('offline', `no connection: ${String(error)}`);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after'));
      const message = (() => {
        try {
          return (JSON.parse(text) as { error?: string }).error ?? text;
        } catch {
          return text || response.statusText;
        }
      })();
      throw new SyncError(
        kindFor(response.status),
        message,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      );
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new SyncError('server', 'the server sent something that is not JSON');
    }
  }
  return {
    register: () => call('POST', '/devices', undefined, { protocol: PROTOCOL_VERSION }),
    push: (token, changes) => call('POST', '/push', token, { protocol: PROTOCOL_VERSION, changes }),
    pull: (token, since, serverId) =>
      call(
        'GET',
        `/pull?since=${since}${serverId ? `&server=${encodeURIComponent(serverId)}` : ''}`,
        token,
      ),
    createRestoreCode: (token) => call('POST', '/restore-codes', token, {}),
    revokeRestoreCodes: async (token) => {
      await call('DELETE', '/restore-codes', token);
    },
    restore: (code) => call('POST', '/restore', undefined, { protocol: PROTOCOL_VERSION, code }),
    exportServerData: (token) => call('GET', '/export', token),
  };
}
