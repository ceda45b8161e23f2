import { z } from 'zod';
import { ICONS, LEVELS, ROLES, THEMES } from './vocabulary';
import { buddyText, dutchText, type SchemaMode, words } from './text';

/** Lowercase letters and digits in groups joined by single hyphens: safe in a URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A file next to the pack: a relative path without "..", e.g. "audio/brood.mp3". */
export const MEDIA_PATH_PATTERN =
  /^(?!\/)(?!.*\.\.)[A-Za-z0-9_\-/.]+\.(mp3|m4a|ogg|opus|webm|wav|svg|webp|png|jpg|jpeg)$/;

const slug = z.string().min(2).max(48).regex(SLUG_PATTERN, { message: 'slug' });
const mediaPath = z.string().max(200).regex(MEDIA_PATH_PATTERN, { message: 'media-path' });

function makeChallengeSchema(mode: SchemaMode) {
  const phrase = dutchText(120, mode).extend({
    audio: mediaPath
      .optional()
      .describe('Recording of the Dutch sentence, relative to the pack file.'),
  });
  const line = buddyText(160).extend({
    role: z.enum(ROLES).describe('Who says it: the learner, or the other person.'),
  });
  return z.strictObject({
    id: slug.describe(
      'Unique in this pack; never change it once published (progress is kept by id).',
    ),
    title: dutchText(60, mode).describe('Short title, e.g. "Brood kopen".'),
    icon: z.enum(ICONS).optional().describe("One of the app's built-in icons."),
    image: mediaPath
      .optional()
      .describe('A picture of the situation (svg, webp, png, jpg) next to the pack.'),
    situation: dutchText(400, mode).describe('Why and where: two or three short sentences.'),
    steps: z.array(dutchText(160, mode)).min(3).max(6).describe('3 to 6 small steps, in order.'),
    phrases: z.array(phrase).min(2).max(10).describe('Useful sentences to say or understand.'),
    words: z
      .array(dutchText(40, mode))
      .max(12)
      .describe('Words to know, with article: "het brood".'),
    buddyTips: z
      .array(buddyText(300))
      .min(1)
      .max(6)
      .describe('Tips for the language buddy, in Dutch.'),
    rolePlay: z
      .strictObject({
        other: dutchText(40, mode).describe('The other person, e.g. "de bakker".'),
        lines: z.array(line).min(2).max(16),
      })
      .describe('A short script: the buddy plays the other person.'),
    reflection: z
      .array(dutchText(120, mode))
      .min(1)
      .max(4)
      .describe('Questions to think about afterwards.'),
    outing: z
      .strictObject({
        checklist: z.array(buddyText(160)).min(1).max(10),
      })
      .optional()
      .describe(
        'Marks a Taalcafé group outing (supermarket, market, pharmacy) with a checklist for the organiser.',
      ),
  });
}

/** The whole pack. One description serves the app (lenient), the checker and the JSON Schema (strict). */
export function makePackSchema(mode: SchemaMode) {
  return z.strictObject({
    $schema: z
      .string()
      .optional()
      .describe('"./pack.schema.json": lets editors check and complete the pack.'),
    id: slug.describe("The pack's address: /p/<id>. The file must be called <id>.json."),
    version: z.number().int().min(1).describe('Raise it by one with every published change.'),
    title: dutchText(60, mode),
    description: dutchText(300, mode),
    level: z.enum(LEVELS).describe('CEFR level of the Dutch: A0 (first words) to B1.'),
    themes: z.array(z.enum(THEMES)).min(1).max(6),
    publisher: z.strictObject({
      name: words(80).describe('The library or Taalhuis that publishes the pack.'),
      url: z.url().optional(),
    }),
    author: words(80).optional(),
    licence: words(40).describe('E.g. "CC-BY-4.0".'),
    challenges: z.array(makeChallengeSchema(mode)).min(1).max(52).describe('From easy to harder.'),
  });
}

export const PackSchema = makePackSchema('lenient');
export const StrictPackSchema = makePackSchema('strict');

export type Pack = z.infer<typeof PackSchema>;
export type Challenge = Pack['challenges'][number];
export type Phrase = Challenge['phrases'][number];
export type DutchText = Challenge['title'];
export type RolePlayLine = Challenge['rolePlay']['lines'][number];
