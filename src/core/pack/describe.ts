import { formatPath, type Problem } from './problems';

/** One problem in plain English, for coordinators at the command line. */
export function describeProblem(problem: Problem): string {
  return `${formatPath(problem.path)}: ${explain(problem)}`;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

function explain(problem: Problem): string {
  switch (problem.code) {
    case 'missing':
      return `'${problem.key}' is missing`;
    case 'unknown-field':
      return problem.suggestion
        ? `'${problem.key}' is not a known field (did you mean '${problem.suggestion}'?)`
        : `'${problem.key}' is not a known field`;
    case 'wrong-type':
      return `should be ${problem.expected}, not ${problem.received}`;
    case 'empty':
      return 'is empty; write some text or leave the field out';
    case 'too-long':
      return `is too long: ${problem.actual} characters, at most ${problem.max}`;
    case 'too-short':
      return `is too short: ${problem.actual} ${problem.actual === 1 ? 'character' : 'characters'}, at least ${problem.min}`;
    case 'too-few':
      return `has ${problem.actual} ${problem.actual === 1 ? 'item' : 'items'}, needs at least ${problem.min}`;
    case 'too-many':
      return `has ${problem.actual} items, at most ${problem.max}`;
    case 'too-small':
      return `should be at least ${problem.min}`;
    case 'not-whole-number':
      return 'should be a whole number';
    case 'not-allowed':
      return `'${problem.value}' is not allowed here; use one of ${quoteList(problem.allowed)}`;
    case 'bad-id':
      return `'${problem.value}' is not a valid id: use lowercase letters a-z, digits and single hyphens, like 'bread-at-the-bakery'`;
    case 'bad-file-path':
      return `'${problem.value}' is not a valid file path: use a relative path such as 'audio/bread.mp3' (audio: mp3, m4a, ogg, opus, webm, wav; pictures: svg, webp, png, jpg)`;
    case 'bad-url':
      return `'${problem.value}' is not a valid web address (it should start with https://)`;
    case 'duplicate-id':
      return `the id '${problem.id}' is used twice; ${formatPath(problem.first)} has it already`;
    case 'duplicate-key':
      return `'${problem.key}' appears twice in the same object; only the last one would count`;
    case 'duplicate-pack-id':
      return `the pack id '${problem.id}' is already used by ${problem.otherFile}`;
    case 'file-missing':
      return `the file '${problem.file}' does not exist next to the pack`;
    case 'file-name':
      return `the file should be called '${problem.expected}' so that its link works`;
    case 'invalid-json':
      return `this is not valid JSON: ${problem.detail}`;
    case 'unreadable':
      return `the file cannot be read: ${problem.detail}`;
  }
}
