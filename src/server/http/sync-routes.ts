/** The sync API's HTTP layer: reads and checks requests, then hands them to sync/ and storage/. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import { MAX_BODY_BYTES, PROTOCOL_VERSION } from '../../core/sync/limits';
import {
  PushRequestSchema,
  RegisterRequestSchema,
  RestoreRequestSchema,
} from '../../core/sync/messages';
import { formatCode, isWellFormedCode } from '../../core/sync/restore-code';
import { explainIssues } from '../../core/sync/validate';
import type { Db } from '../storage/connect';
import {
  addDevice,
  createLearnerWithDevice,
  deviceByTokenHash,
  devicesOf,
} from '../storage/devices';
import { liveRecordsOf } from '../storage/records';
import {
  learnerForCode,
  replaceRestoreCode,
  restoreCodesOf,
  revokeRestoreCodes,
} from '../storage/restore-codes';
import type { DevicesTable } from '../storage/schema';
import { hashRestoreCode, hashSecret, newId, newRestoreCode, newToken } from '../sync/credentials';
import { pullSince } from '../sync/pull';
import { applyPush } from '../sync/push';
import { fail } from './errors';
import { LIMITS, RateLimiter, type Limit } from './rate-limit';

const RESTORE_CODE_DAYS = 180;

type Env = { Variables: { device: DevicesTable } };

export interface SyncOptions {
  db: Db;
  now?: () => number;
  limiter?: RateLimiter;
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy?: boolean;
  limits?: Partial<typeof LIMITS>;
}

async function readJson(
  c: Context,
): Promise<{ ok: true; body: unknown } | { ok: false; error: string }> {
  const text = await c.req.text();
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'body: not valid JSON' };
  }
}

export function syncRoutes({
  db,
  now = Date.now,
  limiter = new RateLimiter(now),
  trustProxy = false,
  limits: overrides = {},
}: SyncOptions) {
  const limits = { ...LIMITS, ...overrides };
  const routes = new Hono<Env>();

  const addressOf = (c: Context) =>
    (trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined) ??
    getConnInfo(c).remote.address ??
    'unknown';

  const limited = (c: Context, key: string, limit: Limit) => {
    const wait = limiter.hit(key, limit);
    return wait > 0
      ? fail(c, 429, `too many requests: try again in ${wait} seconds`, {
          'Retry-After': String(wait),
        })
      : null;
  };

  routes.use(
    '*',
    async (c, next) => limited(c, `address:${addressOf(c)}`, limits.perAddress) ?? next(),
  );
  routes.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      // The rest of the body is not read, so the connection cannot be reused.
      onError: (c) =>
        fail(c, 413, `body: larger than ${MAX_BODY_BYTES} bytes; send fewer changes at once`, {
          Connection: 'close',
        }),
    }),
  );

  const authenticated = async (c: Context<Env>, next: () => Promise<void>) => {
    const token = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) return fail(c, 401, 'authorization: send "Bearer <token>" from registration');
    const device = await deviceByTokenHash(db, hashSecret(token));
    if (!device) return fail(c, 401, 'authorization: unknown or revoked token');
    const tooMany = limited(c, `token:${device.id}`, limits.perToken);
    if (tooMany) return tooMany;
    c.set('device', device);
    await next();
  };

  routes.post('/devices', async (c) => {
    const tooMany = limited(c, `register:${addressOf(c)}`, limits.register);
    if (tooMany) return tooMany;
    const read = await readJson(c);
    if (!read.ok) return fail(c, 400, read.error);
    const parsed = RegisterRequestSchema.safeParse(read.body);
    if (!parsed.success) return fail(c, 400, explainIssues(parsed.error));
    const [deviceId, token] = [newId(), newToken()];
    await createLearnerWithDevice(db, deviceId, newId(), hashSecret(token), now());
    return c.json({ deviceId, token }, 201);
  });

  routes.post('/push', authenticated, async (c) => {
    const read = await readJson(c);
    if (!read.ok) return fail(c, 400, read.error);
    const envelope = PushRequestSchema.safeParse(read.body);
    if (!envelope.success) {
      const isTooMany = envelope.error.issues.some(
        (issue) => issue.code === 'too_big' && issue.path[0] === 'changes',
      );
      return isTooMany
        ? fail(c, 413, 'changes: more than 100 in one push; send fewer at once')
        : fail(c, 400, explainIssues(envelope.error));
    }
    return c.json(await applyPush(db, c.get('device'), envelope.data.changes, now()));
  });

  routes.get('/pull', authenticated, async (c) => {
    const since = Number(c.req.query('since') ?? '0');
    if (!Number.isInteger(since) || since < 0)
      return fail(c, 400, 'since: a whole number of 0 or more');
    return c.json(await pullSince(db, c.get('device'), since, c.req.query('server')));
  });

  routes.post('/restore-codes', authenticated, async (c) => {
    const code = newRestoreCode();
    const expiresAt = now() + RESTORE_CODE_DAYS * 86_400_000;
    await replaceRestoreCode(
      db,
      c.get('device').learner_id,
      hashRestoreCode(code),
      now(),
      expiresAt,
    );
    return c.json({ code: formatCode(code), expiresAt }, 201);
  });

  routes.delete('/restore-codes', authenticated, async (c) => {
    await revokeRestoreCodes(db, c.get('device').learner_id, now());
    return c.json({ revoked: true });
  });

  routes.post('/restore', async (c) => {
    const tooMany = limited(c, `restore:${addressOf(c)}`, limits.restore);
    if (tooMany) return tooMany;
    const read = await readJson(c);
    if (!read.ok) return fail(c, 400, read.error);
    const parsed = RestoreRequestSchema.safeParse(read.body);
    if (!parsed.success) return fail(c, 400, explainIssues(parsed.error));
    if (!isWellFormedCode(parsed.data.code))
      return fail(c, 400, 'code: not a restore code (12 letters and digits)');
    const learnerId = await learnerForCode(db, hashRestoreCode(parsed.data.code), now());
    if (!learnerId) return fail(c, 404, 'code: unknown, revoked or expired');
    const [deviceId, token] = [newId(), newToken()];
    await addDevice(db, deviceId, learnerId, hashSecret(token), now());
    return c.json({ deviceId, token }, 201);
  });

  routes.get('/export', authenticated, async (c) => {
    const learnerId = c.get('device').learner_id;
    const [records, devices, codes] = await Promise.all([
      liveRecordsOf(db, learnerId),
      devicesOf(db, learnerId),
      restoreCodesOf(db, learnerId),
    ]);
    return c.json({
      protocol: PROTOCOL_VERSION,
      records: records.map((row) => ({
        kind: row.kind,
        id: row.record_id,
        version: Number(row.version),
        deleted: Boolean(row.deleted),
        data: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
        updatedAt: Number(row.updated_at),
      })),
      devices: devices.map((device) => ({
        id: device.id,
        createdAt: Number(device.created_at),
        lastSeenAt: Number(device.last_seen_at),
        revoked: device.revoked_at !== null,
      })),
      restoreCodes: codes.map((code) => ({
        createdAt: Number(code.created_at),
        expiresAt: Number(code.expires_at),
        revoked: code.revoked_at !== null,
      })),
    });
  });

  routes.all('*', (c) => fail(c, 404, `no such API: ${c.req.method} ${c.req.path}`));
  return routes;
}
