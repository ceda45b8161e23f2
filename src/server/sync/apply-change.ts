/**
 * What one accepted change does to the learner's records. Ticks are facts (a second put of
 * the same tick changes nothing); settings, packs and places in packs are last-writer-wins
 * by server version; a reflection changed on two devices at once keeps both texts.
 */
import type { Transaction } from 'kysely';
import type { Change } from '../../core/sync/messages';
import type { VersionCounter } from '../storage/devices';
import { findRecord, liveRecordsOf, writeRecord } from '../storage/records';
import type { Database, DevicesTable, RecordsTable } from '../storage/schema';

type Trx = Transaction<Database>;

export interface ChangeContext {
  trx: Trx;
  device: DevicesTable;
  now: number;
  versions: VersionCounter;
}

async function write(context: ChangeContext, kind: string, recordId: string, data: unknown | null) {
  const version = context.versions.next();
  await writeRecord(context.trx, {
    learner_id: context.device.learner_id,
    kind,
    record_id: recordId,
    version,
    deleted: data === null ? 1 : 0,
    payload: data === null ? null : JSON.stringify(data),
    device_id: context.device.id,
    updated_at: context.now,
  });
}

/** Clears every record of the learner, leaving tombstones so that every device clears too. */
async function erase(context: ChangeContext, erasedAt: number) {
  const { trx, device } = context;
  for (const row of await liveRecordsOf(trx, device.learner_id)) {
    if (!row.deleted) await write(context, row.kind, row.record_id, null);
  }
  await write(context, 'learner', 'erase', { erasedAt });
  await trx
    .updateTable('learners')
    .set({ erased_at: erasedAt })
    .where('id', '=', device.learner_id)
    .execute();
  await trx
    .updateTable('restore_codes')
    .set({ revoked_at: context.now })
    .where('learner_id', '=', device.learner_id)
    .where('revoked_at', 'is', null)
    .execute();
}

const TEXT_FIELDS = ['feeling', 'hard', 'newWords', 'notes'] as const;

function sameTexts(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return TEXT_FIELDS.every((field) => a[field] === b[field]);
}

/** Another device changed this reflection after this device last saw it, and the texts differ. */
function isConcurrentEdit(existing: RecordsTable, change: Change, deviceId: string): boolean {
  if (existing.deleted || existing.payload === null) return false;
  if (existing.version <= (change.base ?? 0) || existing.device_id === deviceId) return false;
  return !sameTexts(
    JSON.parse(existing.payload) as Record<string, unknown>,
    change.data as Record<string, unknown>,
  );
}

async function putReflection(
  context: ChangeContext,
  change: Change,
  existing: RecordsTable | undefined,
) {
  if (existing && isConcurrentEdit(existing, change, context.device.id)) {
    // Keep the other device's text as a visible copy; its id is fixed so a retry adds nothing.
    const copyId = `${change.id}~${existing.version}`;
    const other = JSON.parse(existing.payload!) as Record<string, unknown>;
    await write(context, 'reflection', copyId, { ...other, id: copyId, conflictOf: change.id });
  }
  await write(context, 'reflection', change.id, change.data);
}

/** Applies one checked change inside the push's transaction. */
export async function applyChange(context: ChangeContext, change: Change, erasedAt: number | null) {
  const { trx, device } = context;
  if (change.op === 'erase') return erase(context, change.at);
  // A change made before the learner erased everything does not bring anything back.
  if (erasedAt !== null && change.at <= erasedAt) return;
  const existing = await findRecord(trx, device.learner_id, change.kind, change.id);
  if (change.op === 'delete') {
    if (!existing?.deleted) await write(context, change.kind, change.id, null);
    return;
  }
  if (change.kind === 'tick' && existing) return;
  if (change.kind === 'reflection') return putReflection(context, change, existing);
  await write(context, change.kind, change.id, change.data);
}
