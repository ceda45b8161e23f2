import { z } from 'zod';
import { StrictPackSchema } from './schema';

/** The published JSON Schema of a pack (challenges/pack.schema.json), made from the zod description. */
export function packJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(StrictPackSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    $id: 'https://stapjes.nl/pack.schema.json',
    title: 'Stapjes challenge pack',
    description:
      'One pack of weekly Dutch speaking challenges. Generated from src/core/pack/schema.ts: do not edit by hand.',
  };
}

/** Every field name the schema knows, for "did you mean …?" suggestions. */
export function knownPackFields(): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) Object.keys(properties).forEach((name) => names.add(name));
    Object.values(node).forEach(visit);
  };
  visit(packJsonSchema());
  return [...names].sort();
}
