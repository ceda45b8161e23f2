import { TRANSLATION_LANGUAGES } from '../../src/core/languages';

/** A Dutch text with a stand-in translation in every language, for tests. */
export function text(nl: string) {
  return {
    nl,
    translations: Object.fromEntries(
      TRANSLATION_LANGUAGES.map((code) => [code, `${nl} (${code})`]),
    ),
  };
}

/** A valid challenge with the given id; pass overrides to break or shape it. */
export function makeChallenge(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title: text(`Uitdaging ${id}`),
    icon: 'bread',
    situation: text('Je gaat naar de bakker.'),
    steps: [text('Zeg goedemorgen.'), text('Vraag een brood.'), text('Betaal.')],
    phrases: [text('Goedemorgen!'), text('Mag ik een brood?')],
    words: [text('het brood')],
    buddyTips: [{ nl: 'Oefen de groet eerst.' }],
    rolePlay: {
      other: text('de bakker'),
      lines: [
        { role: 'other', ...text('Zegt u het maar.') },
        { role: 'learner', ...text('Mag ik een brood?') },
      ],
    },
    reflection: [text('Hoe ging het?')],
    ...overrides,
  };
}

/** A valid pack with `count` challenges, strict enough for the checker. */
export function makePack(overrides: Record<string, unknown> = {}, count = 3) {
  return {
    $schema: './pack.schema.json',
    id: 'test-pack',
    version: 1,
    title: text('Testpakket'),
    description: text('Een pakket om mee te testen.'),
    level: 'A1',
    themes: ['shopping'],
    publisher: { name: 'Bibliotheek Test' },
    licence: 'CC-BY-4.0',
    challenges: Array.from({ length: count }, (_, index) =>
      makeChallenge(`uitdaging-${index + 1}`),
    ),
    ...overrides,
  };
}
