import { PackSchema, StrictPackSchema, type Pack } from './schema';
import { problemsFromIssues } from './from-zod';
import { duplicateChallengeIds } from './rules';
import type { Problem } from './problems';

/** The result of reading a pack: the pack, or what is wrong with it. */
export type PackReading = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

/**
 * Everything wrong with one pack by the published rules: the strict schema (every
 * translation present) plus unique challenge ids. Never throws, whatever the input.
 */
export function checkPack(raw: unknown, knownFields: readonly string[] = []): Problem[] {
  const result = StrictPackSchema.safeParse(raw);
  const schemaProblems = result.success
    ? []
    : problemsFromIssues(result.error.issues, raw, knownFields);
  return [...schemaProblems, ...duplicateChallengeIds(raw)];
}

/** Reads a pack for the app: missing translations are tolerated (the app falls back), the rest is not. */
export function readPack(raw: unknown): PackReading {
  const result = PackSchema.safeParse(raw);
  const problems = [
    ...(result.success ? [] : problemsFromIssues(result.error.issues, raw, [])),
    ...duplicateChallengeIds(raw),
  ];
  if (result.success && problems.length === 0) return { ok: true, pack: result.data };
  return { ok: false, problems };
}
