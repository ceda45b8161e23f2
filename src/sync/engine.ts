/**
 * The client sync engine: pushes the outbox in batches, then pulls what changed since the
 * checkpoint. It runs in the page (Background Sync is missing on iOS and Firefox), one tab
 * at a time, and every step can be interrupted without losing or repeating anything: the
 * server applies each change number once, and a page is applied with its checkpoint.
 */
import type { Pack } from '../core/pack/schema';
import type { Change } from '../core/sync/messages';
import { MAX_BATCH } from '../core/sync/limits';
import { requeueEverything } from '../db/export';
import { storePackContent } from '../db/packs';
import { applyPulledPage, packsWithoutContent } from '../db/sync-apply';
import { hasWaitingChanges, markUnsendable, settleBatch, takeBatch } from '../db/sync-outbox';
import { readSyncState, writeSyncState } from '../db/sync-state';
import { SyncError, syncHttp, type SyncHttp } from './http';
import { withSyncLock } from './lock';

export type SyncResult =
  | { ok: true; skipped?: 'locked' | 'nothing-to-do' }
  | { ok: false; problem: SyncError['kind']; message: string; retryAfterMs?: number };

export interface SyncEngineOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Fetches and checks a pack's content (after a restore, the device has only its id). */
  loadPack?: (packId: string) => Promise<Pack | null>;
  /** Names this engine in the lock, so two tabs are told apart. */
  holder?: string;
}

export interface SyncEngine {
  sync(): Promise<SyncResult>;
  restore(code: string): Promise<SyncResult>;
  startAgain(): Promise<SyncResult>;
  createRestoreCode(): Promise<{ code: string; expiresAt: number }>;
  revokeRestoreCodes(): Promise<void>;
  exportServerData(): Promise<unknown>;
  http: SyncHttp;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const http = syncHttp(options.baseUrl, options.fetch);
  const now = options.now ?? Date.now;
  const holder = options.holder ?? `engine-${Math.random().toString(36).slice(2)}`;

  async function token(): Promise<string> {
    const { credentials } = await readSyncState();
    if (credentials) return credentials.token;
    const registered = await http.register();
    await writeSyncState({ credentials: registered });
    return registered.token;
  }

  /** Tells the server to skip a change that is too large to ever be sent, keeping it visible here. */
  async function skipUnsendable(accessToken: string, change: Change, message: string) {
    await markUnsendable(change, `too large to send: ${message}`, now());
    const placeholder: Change = {
      seq: change.seq,
      kind: change.kind,
      id: change.id,
      op: 'put',
      at: change.at,
      data: null,
    };
    const answer = await http.push(accessToken, [placeholder]);
    await settleBatch([], answer.ackedThrough, [], now());
  }

  async function pushAll(accessToken: string) {
    let size = MAX_BATCH;
    for (;;) {
      const batch = await takeBatch(size);
      if (batch.length === 0) return;
      try {
        const answer = await http.push(accessToken, batch);
        await settleBatch(batch, answer.ackedThrough, answer.rejected, now());
        if (answer.ackedThrough < batch[0]!.seq)
          throw new SyncError(
            'server',
            `the server is missing change ${answer.missingFrom ?? '?'}`,
          );
        size = MAX_BATCH;
      } catch (error) {
        if (!(error instanceof SyncError) || error.kind !== 'too-large') throw error;
        if (batch.length === 1) await skipUnsendable(accessToken, batch[0]!, error.message);
        else size = Math.ceil(batch.length / 2);
      }
    }
  }

  async function pullAll(accessToken: string): Promise<Set<string>> {
    const missing = new Set<string>();
    for (;;) {
      const state = await readSyncState();
      const page = await http.pull(accessToken, state.checkpoint, state.serverId);
      for (const id of await applyPulledPage(page.records, page.checkpoint, page.serverId))
        missing.add(id);
      if (!page.hasMore) return missing;
    }
  }

  async function fetchPackContent(missing: Set<string>) {
    if (!options.loadPack) return;
    for (const id of await packsWithoutContent()) missing.add(id);
    for (const id of missing) {
      const pack = await options.loadPack(id).catch(() => null);
      if (pack) await storePackContent(pack);
    }
  }

  async function run(): Promise<SyncResult> {
    const { credentials } = await readSyncState();
    // A phone that never made a change has nothing to back up: it does not register.
    if (!credentials && !(await hasWaitingChanges())) return { ok: true, skipped: 'nothing-to-do' };
    try {
      const accessToken = await token();
      await pushAll(accessToken);
      await fetchPackContent(await pullAll(accessToken));
      await writeSyncState({ lastSyncedAt: now(), problem: null });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      const problem =
        error.kind === 'offline'
          ? 'offline'
          : error.kind === 'unauthorized'
            ? 'signed-out'
            : 'server';
      await writeSyncState({ problem });
      return {
        ok: false,
        problem: error.kind,
        message: error.message,
        ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}),
      };
    }
  }

  const locked = async (work: () => Promise<SyncResult>) =>
    (await withSyncLock(holder, work)) ?? { ok: true as const, skipped: 'locked' as const };

  async function relink(
    credentials: { deviceId: string; token: string } | null,
  ): Promise<SyncResult> {
    await writeSyncState({ credentials });
    await requeueEverything(now());
    return run();
  }

  return {
    http,
    sync: () => locked(run),
    /** Links this phone to the learner of `code`; what is already here is kept and added. */
    restore: (code) =>
      locked(async () => {
        try {
          return await relink(await http.restore(code));
        } catch (error) {
          if (!(error instanceof SyncError)) throw error;
          return { ok: false, problem: error.kind, message: error.message };
        }
      }),
    /** After the server forgot this phone: a fresh backup of everything that is here. */
    startAgain: () => locked(() => relink(null)),
    createRestoreCode: async () => http.createRestoreCode(await token()),
    revokeRestoreCodes: async () => http.revokeRestoreCodes(await token()),
    exportServerData: async () => {
      const { credentials } = await readSyncState();
      return credentials ? http.exportServerData(credentials.token) : null;
    },
  };
}
