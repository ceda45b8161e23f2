/**
 * A push: the device's changes in number order, applied in one transaction together with
 * the device's "last applied" number, so a change sent twice is applied once and a missing
 * number is never skipped over. A change that can never be applied is refused with its
 * reason and counted as done, so it never blocks the ones behind it.
 */
import type { PushResponse, Rejection } from '../../core/sync/messages';
import { PROTOCOL_VERSION } from '../../core/sync/limits';
import { checkChange } from '../../core/sync/validate';
import type { Db } from '../storage/connect';
import { reserveVersions } from '../storage/devices';
import { recordRejection } from '../storage/records';
import type { DevicesTable } from '../storage/schema';
import { applyChange } from './apply-change';

export async function applyPush(
  db: Db,
  device: DevicesTable,
  changes: readonly { seq: number }[],
  now: number,
): Promise<PushResponse> {
  return db.transaction().execute(async (trx) => {
    const fresh = await trx
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', device.id)
      .executeTakeFirstOrThrow();
    const learner = await trx
      .selectFrom('learners')
      .select('erased_at')
      .where('id', '=', device.learner_id)
      .executeTakeFirstOrThrow();
    let last = Number(fresh.last_seq);
    let erasedAt = learner.erased_at === null ? null : Number(learner.erased_at);
    const rejected: Rejection[] = [];
    let missingFrom: number | undefined;
    const context = { trx, device, now, versions: await reserveVersions(trx, device.learner_id) };
    const repeated: number[] = [];
    for (const raw of [...changes].sort((a, b) => a.seq - b.seq)) {
      if (raw.seq <= last) {
        repeated.push(raw.seq);
        continue;
      }
      if (raw.seq !== last + 1) {
        missingFrom = last + 1;
        break;
      }
      const checked = checkChange(raw, now);
      if (checked.ok) {
        await applyChange(context, checked.change, erasedAt);
        if (checked.change.op === 'erase') erasedAt = checked.change.at;
      } else {
        rejected.push({ seq: raw.seq, reason: checked.reason });
        await recordRejection(trx, device.id, raw.seq, checked.reason, now);
      }
      last = raw.seq;
    }
    if (repeated.length > 0) {
      // The device may have lost our first answer: tell it again what was refused.
      const earlier = await trx
        .selectFrom('rejections')
        .select(['seq', 'reason'])
        .where('device_id', '=', device.id)
        .where('seq', 'in', repeated)
        .execute();
      rejected.unshift(...earlier.map((row) => ({ seq: Number(row.seq), reason: row.reason })));
    }
    await context.versions.save();
    await trx
      .updateTable('devices')
      .set({ last_seq: last, last_seen_at: now })
      .where('id', '=', device.id)
      .execute();
    return {
      protocol: PROTOCOL_VERSION,
      ackedThrough: last,
      rejected,
      ...(missingFrom ? { missingFrom } : {}),
    };
  });
}
