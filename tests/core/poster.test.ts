import { describe, expect, it } from 'vitest';
import { baseUrlProblem, packLink, posterContent } from '../../src/core/poster';
import { qrMatrix } from '../../src/core/qr';
import { readPack } from '../../src/core/pack/check';
import { makeChallenge, makePack } from '../helpers/make-pack';

function pack(count: number) {
  const reading = readPack(makePack({ id: 'brood-en-buren' }, count));
  if (!reading.ok) throw new Error('test pack is invalid');
  return reading.pack;
}

describe('pack links and poster content', () => {
  it('makes the short public address /p/<id>, whatever slashes the base URL ends in', () => {
    expect(packLink('https://stapjes.nl', 'eerste-stapjes')).toBe(
      'https://stapjes.nl/p/eerste-stapjes',
    );
    expect(packLink('https://stapjes.nl//', 'eerste-stapjes')).toBe(
      'https://stapjes.nl/p/eerste-stapjes',
    );
    expect(packLink('https://bieb.nl/stapjes/', 'a b')).toBe('https://bieb.nl/stapjes/p/a%20b');
  });

  it('keeps the QR code coarse: a library address with a long pack id fits in a version 6 code (41 modules) at level Q', () => {
    const link = packLink('https://stapjes.bibliotheekwestland.nl', 'bibliotheek-en-school');
    expect(qrMatrix(link, 'Q').size - 8).toBeLessThanOrEqual(41);
  });

  it("shows the pack's Dutch title, its first three challenges and the link without https://", () => {
    const content = posterContent(pack(5), 'https://stapjes.nl', 'Bibliotheek Westland');
    expect(content.title).toBe('Testpakket');
    expect(content.challenges.map((challenge) => challenge.title)).toEqual([
      'Uitdaging uitdaging-1',
      'Uitdaging uitdaging-2',
      'Uitdaging uitdaging-3',
    ]);
    expect(content.shortLink).toBe('stapjes.nl/p/brood-en-buren');
    expect(content.libraryName).toBe('Bibliotheek Westland');
  });

  it('gives a challenge without an icon the speech bubble', () => {
    const reading = readPack(
      makePack({ challenges: [makeChallenge('c1', { icon: undefined })] }, 1),
    );
    if (!reading.ok) throw new Error('test pack is invalid');
    expect(posterContent(reading.pack, 'https://s.nl', 'Bieb').challenges[0]?.icon).toBe('chat');
  });

  it('accepts http(s) base URLs and explains every other kind', () => {
    expect(baseUrlProblem('https://stapjes.bibliotheekwestland.nl')).toBeNull();
    expect(baseUrlProblem('http://localhost:8080')).toBeNull();
    expect(baseUrlProblem('stapjes.nl')).toContain('not a web address');
    expect(baseUrlProblem('ftp://stapjes.nl')).toContain('use an http:// or https:// address');
    expect(baseUrlProblem('https://stapjes.nl/?utm=poster')).toContain('leave out ? and #');
  });
});
