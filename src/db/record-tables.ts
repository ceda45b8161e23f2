/**
 * The tables whose rows sync one-to-one as records of a kind. Settings (only some keys)
 * and packs (content from the library, only the id syncs) have their own rules.
 */
import type { Table } from 'dexie';
import type { RecordKind } from '../core/sync/kinds';
import { db } from './database';

type PlainKind = Exclude<RecordKind, 'setting' | 'pack' | 'learner'>;

export function recordTables(): Record<PlainKind, Table> {
  return {
    tick: db.ticks,
    reflection: db.reflections,
    enrolment: db.enrolments,
    intake: db.intake,
    plan: db.plans,
    appointment: db.appointments,
    checklist: db.checklists,
  };
}

export function isPlainKind(kind: RecordKind): kind is PlainKind {
  return kind in recordTables();
}

/** A row's record id: its primary key. */
export function idOf(table: Table, row: unknown): string {
  return String((row as Record<string, unknown>)[table.schema.primKey.keyPath as string]);
}
