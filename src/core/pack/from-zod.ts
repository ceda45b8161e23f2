import type { z } from 'zod';
import type { PackPath, Problem } from './problems';
import { closestWord } from './spelling';

type Issue = z.core.$ZodIssue;

/** The value found at `path` in `root`, or undefined. */
export function valueAt(root: unknown, path: PackPath): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** A plain name for a JSON value's kind, as a coordinator would say it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

const EXPECTED_KIND: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

/** Turns zod's issues into pack problems, one problem per thing a coordinator must fix. */
export function problemsFromIssues(
  issues: readonly Issue[],
  raw: unknown,
  knownFields: readonly string[],
): Problem[] {
  // A value of the wrong type also fails its length checks; only the type is worth saying.
  const wrongType = new Set(
    issues
      .filter((issue) => issue.code === 'invalid_type')
      .map((issue) => issue.path.join('\u0000')),
  );
  const worthSaying = issues.filter(
    (issue) => issue.code === 'invalid_type' || !wrongType.has(issue.path.join('\u0000')),
  );
  return worthSaying.flatMap((issue) => fromIssue(issue, raw, knownFields));
}

function fromIssue(issue: Issue, raw: unknown, knownFields: readonly string[]): Problem[] {
  const path = issue.path as PackPath;
  const value = valueAt(raw, path);
  switch (issue.code) {
    case 'invalid_type':
      return [invalidType(path, issue.expected, value, raw)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path,
        code: 'unknown-field' as const,
        key,
        ...optionalSuggestion(key, knownFields),
      }));
    case 'invalid_value':
      return [
        { path, code: 'not-allowed', value: String(value), allowed: issue.values.map(String) },
      ];
    case 'invalid_format':
      return [invalidFormat(path, issue.message, String(value))];
    case 'too_big':
      return [tooBig(path, Number(issue.maximum), value)];
    case 'too_small':
      return [tooSmall(path, Number(issue.minimum), value)];
    default:
      return [{ path, code: 'wrong-type', expected: 'something else', received: kindOf(value) }];
  }
}

function invalidType(path: PackPath, expected: string, value: unknown, raw: unknown): Problem {
  const parent = valueAt(raw, path.slice(0, -1));
  const key = path[path.length - 1];
  const isMissing =
    value === undefined && typeof key === 'string' && parent !== null && typeof parent === 'object';
  if (isMissing) return { path: path.slice(0, -1), code: 'missing', key };
  if (expected === 'int' && typeof value === 'number') return { path, code: 'not-whole-number' };
  return {
    path,
    code: 'wrong-type',
    expected: EXPECTED_KIND[expected] ?? expected,
    received: kindOf(value),
  };
}

function invalidFormat(path: PackPath, message: string, value: string): Problem {
  if (message === 'empty') return { path, code: 'empty' };
  if (message === 'slug') return { path, code: 'bad-id', value };
  if (message === 'media-path') return { path, code: 'bad-file-path', value };
  return { path, code: 'bad-url', value };
}

function tooBig(path: PackPath, max: number, value: unknown): Problem {
  if (typeof value === 'string') return { path, code: 'too-long', max, actual: value.length };
  if (Array.isArray(value)) return { path, code: 'too-many', max, actual: value.length };
  return { path, code: 'wrong-type', expected: `at most ${max}`, received: String(value) };
}

function tooSmall(path: PackPath, min: number, value: unknown): Problem {
  if (typeof value === 'string') {
    return value.trim() === ''
      ? { path, code: 'empty' }
      : { path, code: 'too-short', min, actual: value.length };
  }
  if (Array.isArray(value)) return { path, code: 'too-few', min, actual: value.length };
  return { path, code: 'too-small', min };
}

function optionalSuggestion(key: string, knownFields: readonly string[]): { suggestion?: string } {
  const suggestion = closestWord(key, knownFields);
  return suggestion ? { suggestion } : {};
}
