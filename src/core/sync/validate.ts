import type { z } from 'zod';
import { MAX_CLOCK_AHEAD_MS } from './limits';
import { ChangeSchema, type Change } from './messages';
import { RECORD_KINDS } from './records';

/** A zod error as one plain sentence that names the field: "data.hard: too long …". */
export function explainIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path || 'body'}: ${issue.message}`;
    })
    .join('; ');
}

export type CheckedChange = { ok: true; change: Change } | { ok: false; reason: string };

/** Checks one change completely: its envelope, its data for its kind, and its clock. */
export function checkChange(raw: unknown, now: number): CheckedChange {
  const envelope = ChangeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: explainIssues(envelope.error) };
  const change = envelope.data;
  if (change.at > now + MAX_CLOCK_AHEAD_MS)
    return { ok: false, reason: 'at: more than a day in the future' };
  if (change.op === 'erase')
    return change.kind === 'learner'
      ? { ok: true, change }
      : { ok: false, reason: 'op: only the learner can be erased' };
  if (change.op === 'delete') return { ok: true, change };
  const data = RECORD_KINDS[change.kind].safeParse(change.data);
  if (!data.success) return { ok: false, reason: explainIssues(data.error, 'data') };
  const ownId = recordIdOf(change.kind, data.data);
  if (ownId !== change.id)
    return { ok: false, reason: `id: the change is for '${change.id}', its data for '${ownId}'` };
  return { ok: true, change: { ...change, data: data.data } };
}

/** The id a record's data carries (settings by key, enrolments by pack). */
export function recordIdOf(kind: Change['kind'], data: unknown): string {
  const record = data as Record<string, unknown>;
  if (kind === 'setting') return String(record.key);
  if (kind === 'enrolment' || kind === 'appointment') return String(record.packId);
  if (kind === 'learner') return 'erase';
  return String(record.id);
}
