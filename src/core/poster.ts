/**
 * What a pack's poster says, shared by the in-app poster page and the command line. The
 * link is short (https://host/p/<id>), so the QR code stays coarse and scans from afar.
 */
import type { IconName } from './pack/vocabulary';
import type { Pack } from './pack/schema';

export const POSTER_SIZES = ['A4', 'A3'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

/** Page size in PostScript points (1/72 inch). */
export const PAGE_POINTS: Record<PosterSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
};

/** The invitation's languages besides Dutch, as on the poster: the learners' most common ones. */
export const INVITATION_LANGUAGES = ['ar', 'uk', 'pl', 'tr', 'en'] as const;

export interface PosterContent {
  title: string;
  url: string;
  /** The link without "https://", for people who type it. */
  shortLink: string;
  challenges: { icon: IconName; title: string }[];
  libraryName: string;
}

/** The public address of a pack: the base URL (no trailing slash) and /p/<id>. */
export function packLink(baseUrl: string, packId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/p/${encodeURIComponent(packId)}`;
}

export function posterContent(pack: Pack, baseUrl: string, libraryName: string): PosterContent {
  const url = packLink(baseUrl, pack.id);
  return {
    title: pack.title.nl,
    url,
    shortLink: url.replace(/^https?:\/\//, ''),
    challenges: pack.challenges
      .slice(0, 3)
      .map((challenge) => ({ icon: challenge.icon ?? 'chat', title: challenge.title.nl })),
    libraryName,
  };
}

/** Checks a base URL given on the command line or in settings; returns a problem or null. */
export function baseUrlProblem(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return `${value}: use an http:// or https:// address`;
    if (url.search || url.hash) return `${value}: leave out ? and # parts`;
    return null;
  } catch {
    return `${value}: not a web address (for example https://stapjes.bibliotheekwestland.nl)`;
  }
}
