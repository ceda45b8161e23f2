import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { blur, decodeQr, imageWidth, rasterize } from '../helpers/qr-image';
import { ROOT, runTsCommand } from '../helpers/run-command';
import { tempDir } from '../helpers/server';

const BASE = 'https://stapjes.bibliotheekwestland.nl';
const PACK_IDS = readdirSync(resolve(ROOT, 'challenges'))
  .filter((name) => name.endsWith('.json') && name !== 'pack.schema.json')
  .map((name) => name.replace(/\.json$/, ''));
const posters = (...args: string[]) => runTsCommand('src/cli/posters.ts', args);

describe('npm run posters', () => {
  const out = tempDir('stapjes-posters-');
  beforeAll(() => {
    expect(posters('--base-url', BASE, '--out', out).status).toBe(0);
    expect(posters('--base-url', BASE, '--size', 'A3', '--out', out).status).toBe(0);
  }, 120_000);

  it.each(PACK_IDS)('writes an A4 and an A3 poster of %s whose QR code opens the pack', (id) => {
    for (const size of ['A4', 'A3']) {
      const pdf = join(out, `${id}-${size}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/^Pages:\s+1$/m);
      expect(info).toMatch(
        size === 'A4' ? /595\.28 x 841\.89 pts \(A4\)/ : /841\.89 x 1190\.55 pts \(A3\)/,
      );
      expect(decodeQr(rasterize(pdf, 100, join(out, `${id}-${size}`)))).toBe(`${BASE}/p/${id}`);
    }
  });

  it.each(PACK_IDS)(
    '%s still scans from a phone photo taken two metres away, slightly blurred',
    (id) => {
      // From 2 m a phone camera sees about 2.5 m across in ~4000 px: an 8.8 cm code is ~140 px.
      // At 34 dpi the code is ~118 px wide, smaller still; then a mild blur on top.
      const small = rasterize(join(out, `${id}-A4.pdf`), 34, join(out, `${id}-small`));
      expect(imageWidth(small)).toBeLessThan(300);
      expect(decodeQr(blur(small, join(out, `${id}-small-blurred.png`)))).toBe(`${BASE}/p/${id}`);
    },
  );

  it('writes a vector SVG beside each PDF, with the pack and its link in its title, and no bitmaps', () => {
    const svg = readFileSync(join(out, 'eerste-stapjes-A4.svg'), 'utf8');
    expect(svg).toContain(`<title>Eerste stapjes · ${BASE}/p/eerste-stapjes</title>`);
    expect(svg).not.toContain('<image');
    expect(svg.match(/<path /g)?.length).toBeGreaterThan(100);
  });

  it('embeds no fonts: every letter is drawn, so the PDF prints anywhere', () => {
    const fonts = execFileSync('pdffonts', [join(out, 'zorg-en-werk-A4.pdf')], {
      encoding: 'utf8',
    });
    expect(fonts.trim().split('\n')).toHaveLength(2);
  });

  it('explains bad arguments and exits with 2', () => {
    const noUrl = posters('--out', out);
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain('--base-url is needed');
    const badSize = posters('--base-url', BASE, '--size', 'A5');
    expect(badSize.stderr).toContain("--size: 'A5' is not a size; use A4 or A3");
    const badUrl = posters('--base-url', 'stapjes.nl');
    expect(badUrl.stderr).toContain('--base-url stapjes.nl: not a web address');
    expect(posters('--base-url', BASE, '--colour', 'red').stderr).toContain(
      '--colour: unknown option',
    );
  });

  it('says which pack is missing or broken, and exits with 1', () => {
    const missing = posters('--base-url', BASE, '--out', out, 'bestaat-niet');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/bestaat-niet\.json: no such pack/);
    const broken = posters(
      '--base-url',
      BASE,
      '--out',
      out,
      'tests/fixtures/broken-packs/wrong-types.json',
    );
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('version: should be a number, not a text');
    expect(existsSync(join(out, 'wrong-types-A4.pdf'))).toBe(false);
  });
});
