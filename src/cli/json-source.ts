import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { PackPath, Problem } from '../core/pack/problems';

/** Line and column (both from 1) in a text file. */
export interface Position {
  line: number;
  column: number;
}

/** A JSON file read for checking: its value and the syntax tree that knows where each value is. */
export type JsonSource =
  | { ok: true; value: unknown; tree: Node; text: string }
  | { ok: false; position: Position; detail: string };

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const PLAIN_WORDS: Record<string, string> = {
  InvalidSymbol:
    'unexpected character (texts need "double quotes"; true, false and null are lowercase)',
  InvalidNumberFormat: 'this number is not written the JSON way',
  PropertyNameExpected: 'expected a field name in "double quotes"',
  ValueExpected: 'expected a value here',
  ColonExpected: 'expected a colon ":" after the field name',
  CommaExpected: 'expected a comma "," between two items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'there is more text after the end of the pack',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a text is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'invalid \\u escape in a text',
  InvalidEscapeCharacter: 'invalid escape with "\\" in a text',
  InvalidCharacter: 'a text contains a line break or tab; write \\n or \\t instead',
};

function describeSyntaxError(text: string, error: ParseError): string {
  const before = text.slice(0, error.offset).trimEnd();
  const next = text.slice(error.offset).trimStart()[0];
  if (before.endsWith(',') && (next === '}' || next === ']')) {
    return `a comma before "${next}" is not allowed in JSON: remove the last comma`;
  }
  const code = printParseErrorCode(error.error);
  return PLAIN_WORDS[code] ?? code;
}

/** Parses strict JSON, keeping positions; a syntax error comes back with its line and column. */
export function readJson(text: string): JsonSource {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !tree) {
    const offset = first?.offset ?? 0;
    const detail = first ? describeSyntaxError(text, first) : 'the file is empty';
    return { ok: false, position: positionAt(text, offset), detail };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, tree, text };
  } catch (error) {
    return { ok: false, position: { line: 1, column: 1 }, detail: String(error) };
  }
}

/** Where a path points in the file; a path that does not exist points to its nearest parent. */
export function locate(source: { tree: Node; text: string }, path: PackPath): Position {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(source.tree, path.slice(0, length) as (string | number)[]);
    if (node) {
      const target = node.parent?.type === 'property' ? node.parent : node;
      return positionAt(source.text, target.offset);
    }
  }
  return { line: 1, column: 1 };
}

/** Keys that appear twice in one object: JSON.parse silently keeps the last. */
export function duplicateKeys(tree: Node): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: Node, path: PackPath): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = String(property.children?.[0]?.value);
        if (seen.has(key)) problems.push({ path, code: 'duplicate-key', key });
        seen.add(key);
        const value = property.children?.[1];
        if (value) visit(value, [...path, key]);
      }
    } else if (node.type === 'array') {
      node.children?.forEach((child, index) => visit(child, [...path, index]));
    }
  };
  visit(tree, []);
  return problems;
}
