import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkPack } from '../core/pack/check';
import { describeProblem } from '../core/pack/describe';
import { knownPackFields } from '../core/pack/json-schema';
import type { Problem } from '../core/pack/problems';
import {
  duplicatePackIds,
  fileNameProblems,
  referencedFiles,
  type PackFile,
} from '../core/pack/rules';
import { duplicateKeys, locate, readJson, type Position } from './json-source';

/** One problem found in one file, ready to print. */
export interface Finding {
  file: string;
  position: Position;
  message: string;
}

/** The files the checker reads when none are named: every pack in the folder. */
export function packFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'pack.schema.json')
    .sort()
    .map((name) => join(folder, name));
}

function missingFiles(file: string, raw: unknown): Problem[] {
  return referencedFiles(raw)
    .filter((reference) => !existsSync(resolve(dirname(file), reference.file)))
    .map((reference) => ({
      path: reference.path,
      code: 'file-missing' as const,
      file: reference.file,
    }));
}

/** Checks each file on its own, then all of them together; returns every finding, in file order. */
export function checkPackFiles(files: readonly string[], cwd = process.cwd()): Finding[] {
  const fields = knownPackFields();
  const findings: Finding[] = [];
  const parsed: (PackFile & { locateIn: (problem: Problem) => Position })[] = [];
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const detail =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      findings.push({
        file: shown,
        position: { line: 1, column: 1 },
        message: describeProblem({ path: [], code: 'unreadable', detail }),
      });
      continue;
    }
    const source = readJson(text);
    if (!source.ok) {
      findings.push({
        file: shown,
        position: source.position,
        message: describeProblem({ path: [], code: 'invalid-json', detail: source.detail }),
      });
      continue;
    }
    const locateIn = (problem: Problem) => locate(source, problem.path);
    parsed.push({ file: shown, raw: source.value, locateIn });
    const problems = [
      ...duplicateKeys(source.tree),
      ...checkPack(source.value, fields),
      ...missingFiles(file, source.value),
      ...fileNameProblems(basename(file), source.value),
    ];
    for (const problem of problems) {
      findings.push({
        file: shown,
        position: locateIn(problem),
        message: describeProblem(problem),
      });
    }
  }
  for (const [file, problems] of duplicatePackIds(parsed)) {
    const entry = parsed.find((candidate) => candidate.file === file);
    for (const problem of problems) {
      findings.push({
        file,
        position: entry?.locateIn(problem) ?? { line: 1, column: 1 },
        message: describeProblem(problem),
      });
    }
  }
  return findings;
}

/** "file:line:column  path: message", the form editors and terminals make clickable. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.position.line}:${finding.position.column}  ${finding.message}`;
}
