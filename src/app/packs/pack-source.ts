/** Fetches packs and the catalog from the server, and checks a pack before the app trusts it. */
import type { CatalogEntry } from '../../core/pack/catalog';
import type { Pack } from '../../core/pack/schema';

export type PackFetch =
  | { kind: 'ok'; pack: Pack }
  | { kind: 'not-found' }
  | { kind: 'offline' }
  | { kind: 'invalid'; details: string[] }
  | { kind: 'failed' };

export type CatalogFetch =
  { kind: 'ok'; entries: CatalogEntry[] } | { kind: 'offline' } | { kind: 'failed' };

async function getJson(url: string): Promise<{ status: number; body?: unknown } | 'offline'> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    return 'offline';
  }
  if (!response.ok) return { status: response.status };
  try {
    return { status: response.status, body: await response.json() };
  } catch {
    return { status: 422 };
  }
}

/** The pack at /challenges/<id>.json, checked against the schema. */
export async function fetchPack(packId: string): Promise<PackFetch> {
  const answer = await getJson(`/challenges/${encodeURIComponent(packId)}.json`);
  if (answer === 'offline') return { kind: 'offline' };
  if (answer.status === 404) return { kind: 'not-found' };
  if (answer.status === 422) return { kind: 'invalid', details: ['pack: this is not valid JSON'] };
  if (answer.status !== 200) return { kind: 'failed' };
  // The schema (zod) loads only when a pack is really read, not on the first screens.
  const [{ readPack }, { describeProblem }] = await Promise.all([
    import('../../core/pack/check'),
    import('../../core/pack/describe'),
  ]);
  const reading = readPack(answer.body);
  if (!reading.ok) return { kind: 'invalid', details: reading.problems.map(describeProblem) };
  if (reading.pack.id !== packId)
    return {
      kind: 'invalid',
      details: [`id: the pack says '${reading.pack.id}', its link says '${packId}'`],
    };
  return { kind: 'ok', pack: reading.pack };
}

/** The packs this server offers. */
export async function fetchCatalog(): Promise<CatalogFetch> {
  const answer = await getJson('/challenges/index.json');
  if (answer === 'offline') return { kind: 'offline' };
  if (answer.status !== 200 || !Array.isArray(answer.body)) return { kind: 'failed' };
  return { kind: 'ok', entries: answer.body as CatalogEntry[] };
}
