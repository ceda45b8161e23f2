/** The messages of the sync protocol (see docs/sync.md), described once for client and server. */
import { z } from 'zod';
import { MAX_BATCH, PROTOCOL_VERSION } from './limits';
import { RecordKindSchema } from './records';

const protocol = z.literal(PROTOCOL_VERSION);
const seq = z.number().int().min(1);

/**
 * One change as the device made it. `op` "put" writes the record, "delete" leaves a
 * tombstone, "erase" (kind "learner") clears everything. `base` is the server version the
 * device last saw of the record, so the server can tell a concurrent edit.
 */
export const ChangeSchema = z.strictObject({
  seq,
  kind: RecordKindSchema,
  id: z.string().min(1).max(80),
  op: z.enum(['put', 'delete', 'erase']),
  data: z.unknown().optional(),
  at: z.number().int().min(0),
  base: z.number().int().min(0).optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** The envelope of a push. Changes are checked one by one, so one bad change never blocks the rest. */
export const PushRequestSchema = z.strictObject({
  protocol,
  changes: z.array(z.looseObject({ seq })).min(1).max(MAX_BATCH),
});
export type PushRequest = { protocol: typeof PROTOCOL_VERSION; changes: Change[] };

export interface Rejection {
  seq: number;
  reason: string;
}

export interface PushResponse {
  protocol: typeof PROTOCOL_VERSION;
  /** Every change up to and including this number is stored (or was refused for good). */
  ackedThrough: number;
  rejected: Rejection[];
  /** Set when a change number is missing: the device must send from this number again. */
  missingFrom?: number;
}

/** One record as the server has it now, with the version that orders all of a learner's changes. */
export interface ServerRecord {
  kind: z.infer<typeof RecordKindSchema>;
  id: string;
  version: number;
  deleted: boolean;
  data: unknown;
}

export interface PullResponse {
  protocol: typeof PROTOCOL_VERSION;
  /** Changes when the server's database is replaced; a device then starts again from 0. */
  serverId: string;
  records: ServerRecord[];
  /** Save this as the checkpoint once every record of the page is applied. */
  checkpoint: number;
  hasMore: boolean;
  /** The checkpoint sent was unusable: start again from 0. */
  reset?: boolean;
}

export const RestoreRequestSchema = z.strictObject({ protocol, code: z.string().min(4).max(40) });
export const RegisterRequestSchema = z.strictObject({ protocol });

export interface DeviceCredentials {
  deviceId: string;
  token: string;
}

export interface RestoreCodeResponse {
  code: string;
  expiresAt: number;
}
