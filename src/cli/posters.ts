/**
 * `npm run posters -- --base-url <url> [--size A4|A3] [--out <dir>] [--library <name>] [pack-id…]`
 * Writes one print-ready PDF and one SVG per pack: vector QR code, text drawn as shapes, so
 * no fonts or other programs are needed to print them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPack } from '../core/pack/check';
import { describeProblem } from '../core/pack/describe';
import type { Pack } from '../core/pack/schema';
import {
  baseUrlProblem,
  INVITATION_LANGUAGES,
  POSTER_SIZES,
  posterContent,
  type PosterSize,
} from '../core/poster';
import { packFilesIn } from './pack-check-run';
import { CHALLENGES_DIR, ROOT_DIR } from './paths';
import { toSvg } from './posters/drawing';
import { drawPoster, type PosterTexts } from './posters/layout';
import { toPdf } from './posters/pdf';

const USAGE =
  'usage: npm run posters -- --base-url <url> [--size A4|A3] [--out <dir>] [--library <name>] [pack-id…]';

interface Options {
  baseUrl: string;
  size: PosterSize;
  out: string;
  library: string | null;
  packIds: string[];
}

/** Reads the arguments; returns the options or the problems, each in a sentence. */
export function parseArguments(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Options | string[] {
  const options: Options = {
    baseUrl: env.PUBLIC_BASE_URL ?? '',
    size: 'A4',
    out: 'posters',
    library: env.LIBRARY_NAME ?? null,
    packIds: [],
  };
  const problems: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined || next.startsWith('--')) problems.push(`${argument} needs a value`);
      return next ?? '';
    };
    if (argument === '--') continue;
    else if (argument === '--base-url') options.baseUrl = value();
    else if (argument === '--size') {
      const size = value().toUpperCase();
      if ((POSTER_SIZES as readonly string[]).includes(size)) options.size = size as PosterSize;
      else problems.push(`--size: '${size}' is not a size; use A4 or A3`);
    } else if (argument === '--out') options.out = value();
    else if (argument === '--library') options.library = value();
    else if (argument.startsWith('--')) problems.push(`${argument}: unknown option`);
    else options.packIds.push(argument);
  }
  if (!options.baseUrl)
    problems.push(
      '--base-url is needed: the address learners open, e.g. https://stapjes.bibliotheekwestland.nl',
    );
  else {
    const problem = baseUrlProblem(options.baseUrl);
    if (problem) problems.push(`--base-url ${problem}`);
  }
  return problems.length > 0 ? problems : options;
}

type Messages = Record<string, Record<string, string>>;

function posterTexts(): PosterTexts {
  const read = (language: string) =>
    (
      JSON.parse(
        readFileSync(resolve(ROOT_DIR, `src/i18n/locales/${language}.json`), 'utf8'),
      ) as Messages
    ).poster!;
  const dutch = read('nl');
  return {
    invitation: dutch.invitation!,
    translations: INVITATION_LANGUAGES.map((language) => ({
      language,
      text: read(language).invitation!,
    })),
    scan: dutch.scan!,
    typeLink: dutch.typeLink!,
    free: dutch.free!,
  };
}

function loadPack(file: string): { pack: Pack } | { problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const isMissing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const problem = isMissing
      ? `${file}: no such pack`
      : `${file}: not valid JSON (${(error as Error).message}); run npm run packs:check`;
    return { problems: [problem] };
  }
  const reading = readPack(raw);
  return reading.ok
    ? { pack: reading.pack }
    : { problems: reading.problems.map((problem) => `${file}: ${describeProblem(problem)}`) };
}

export function run(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const options = parseArguments(args, env);
  if (Array.isArray(options)) {
    options.forEach((problem) => console.error(problem));
    console.error(USAGE);
    return 2;
  }
  // A pack is named by its id (a file in challenges/) or by the path of its file.
  const fileOf = (name: string) =>
    name.endsWith('.json') ? resolve(process.cwd(), name) : resolve(CHALLENGES_DIR, `${name}.json`);
  const files =
    options.packIds.length > 0 ? options.packIds.map(fileOf) : packFilesIn(CHALLENGES_DIR);
  const texts = posterTexts();
  const outDir = resolve(process.cwd(), options.out);
  mkdirSync(outDir, { recursive: true });
  let failures = 0;
  for (const file of files) {
    const loaded = loadPack(file);
    if ('problems' in loaded) {
      loaded.problems.forEach((problem) => console.error(problem));
      failures += 1;
      continue;
    }
    const { pack } = loaded;
    const content = posterContent(pack, options.baseUrl, options.library ?? pack.publisher.name);
    const drawing = drawPoster(content, texts, options.size);
    const name = resolve(outDir, `${pack.id}-${options.size}`);
    writeFileSync(`${name}.pdf`, toPdf(drawing, `${content.title} (${content.url})`));
    writeFileSync(`${name}.svg`, toSvg(drawing));
    console.log(`${name}.pdf and .svg: ${content.url}`);
  }
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] === import.meta.filename)
  process.exitCode = run(process.argv.slice(2), process.env);
