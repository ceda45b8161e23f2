/** A pull: what changed for the learner since the device's checkpoint, by server version. */
import type { PullResponse } from '../../core/sync/messages';
import { PROTOCOL_VERSION, PULL_PAGE_SIZE } from '../../core/sync/limits';
import type { RecordKind } from '../../core/sync/records';
import type { Db } from '../storage/connect';
import { learnerVersion, serverId as readServerId } from '../storage/devices';
import { recordsSince } from '../storage/records';
import type { DevicesTable } from '../storage/schema';

export async function pullSince(
  db: Db,
  device: DevicesTable,
  since: number,
  knownServerId: string | undefined,
): Promise<PullResponse> {
  const [serverId, latest] = await Promise.all([
    readServerId(db),
    learnerVersion(db, device.learner_id),
  ]);
  // A checkpoint from another database, or beyond anything stored, cannot be trusted: start over.
  const isUnusable = (knownServerId !== undefined && knownServerId !== serverId) || since > latest;
  const from = isUnusable ? 0 : since;
  const rows = await recordsSince(db, device.learner_id, from, PULL_PAGE_SIZE + 1);
  const page = rows.slice(0, PULL_PAGE_SIZE);
  return {
    protocol: PROTOCOL_VERSION,
    serverId,
    records: page.map((row) => ({
      kind: row.kind as RecordKind,
      id: row.record_id,
      version: Number(row.version),
      deleted: Boolean(row.deleted),
      data: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
    })),
    checkpoint: page.length > 0 ? Number(page[page.length - 1]!.version) : from,
    hasMore: rows.length > PULL_PAGE_SIZE,
    ...(isUnusable ? { reset: true } : {}),
  };
}
