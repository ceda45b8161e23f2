/**
 * The poster's design, drawn for A4 and scaled up for A3: the Stapjes band with the
 * library's name, the pack's title, an invitation in Dutch and five other languages,
 * three of its challenges with their pictures, a large QR code with its quiet zone, and
 * the short link for those who type it.
 */
import { CHALLENGE_ICONS } from '../../core/icon-paths';
import { PAGE_POINTS, type PosterContent, type PosterSize } from '../../core/poster';
import { qrMatrix } from '../../core/qr';
import { isRightToLeft } from '../../core/languages';
import { Drawing } from './drawing';
import { textSegments, textWidth, wrapText, type TextStyle } from './text';

export interface PosterTexts {
  /** "Elke week een stapje Nederlands…" in Dutch. */
  invitation: string;
  /** The invitation in other languages, with their codes. */
  translations: { language: string; text: string }[];
  scan: string;
  typeLink: string;
  free: string;
}

const GREEN = '#0b6e4f';
const DARK = '#1c2a24';
const SOFT = '#4a5a53';
const YELLOW = '#fdf3d6';
const LIGHT = '#e3f2ea';
const A4_WIDTH = PAGE_POINTS.A4.width;
const MARGIN = 40;

// The footprints of the app icon (public/icons/icon.svg), upright, on a 512 grid.
const FOOTPRINTS = [
  [186, 330, 52, 74],
  [330, 214, 52, 74],
  [150, 232, 18, 18],
  [184, 222, 17, 17],
  [216, 226, 16, 16],
  [242, 240, 15, 15],
  [294, 116, 18, 18],
  [328, 108, 17, 17],
  [360, 114, 16, 16],
  [386, 130, 15, 15],
] as const;

class Poster {
  readonly drawing: Drawing;
  private readonly k: number;
  private readonly width: number;

  constructor(size: PosterSize, title: string) {
    const page = PAGE_POINTS[size];
    this.drawing = new Drawing(page.width, page.height, title);
    this.k = page.width / A4_WIDTH;
    this.width = A4_WIDTH;
  }

  rect(x: number, y: number, width: number, height: number, fill: string) {
    this.drawing.rect(x * this.k, y * this.k, width * this.k, height * this.k, fill);
  }

  /** A line of text in A4 units; `align` is where `x` sits. Returns the line's height. */
  line(
    text: string,
    style: TextStyle,
    x: number,
    baseline: number,
    fill: string,
    align: 'start' | 'center' | 'end' = 'start',
  ) {
    const width = textWidth(text, style);
    const left = align === 'start' ? x : align === 'center' ? x - width / 2 : x - width;
    const scaled = { ...style, size: style.size * this.k };
    this.drawing.add({
      segments: textSegments(text, scaled, left * this.k, baseline * this.k),
      fill,
    });
  }

  /** Wrapped text; returns the y below the last line. */
  paragraph(
    text: string,
    style: TextStyle,
    top: number,
    fill: string,
    align: 'start' | 'center' | 'end',
    maxWidth = this.width - 2 * MARGIN,
  ) {
    const lineHeight = style.size * 1.25;
    const x =
      align === 'start' ? MARGIN : align === 'center' ? this.width / 2 : this.width - MARGIN;
    let baseline = top + style.size;
    for (const line of wrapText(text, style, maxWidth)) {
      this.line(line, style, x, baseline, fill, align);
      baseline += lineHeight;
    }
    return baseline - lineHeight + style.size * 0.45;
  }

  logo(x: number, y: number, size: number) {
    const unit = size / 512;
    for (const [cx, cy, rx, ry] of FOOTPRINTS) {
      const data = `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`;
      this.drawing.path(data, (x + 0) * this.k, y * this.k, unit * this.k, { fill: '#fffdf7' });
    }
  }

  icon(name: keyof typeof CHALLENGE_ICONS, centreX: number, centreY: number, size: number) {
    this.drawing.circle(centreX * this.k, centreY * this.k, size * 0.75 * this.k, YELLOW);
    const scale = (size / 24) * this.k;
    this.drawing.path(
      CHALLENGE_ICONS[name],
      (centreX - size / 2) * this.k,
      (centreY - size / 2) * this.k,
      scale,
      {
        stroke: { color: GREEN, width: 2 * scale },
      },
    );
  }

  /** The QR code with its quiet zone, `size` wide, its left edge at `left`. */
  qr(url: string, top: number, size: number, left: number) {
    const matrix = qrMatrix(url, 'Q');
    const module = size / matrix.size;
    this.rect(left, top, size, size, '#ffffff');
    for (let row = 0; row < matrix.size; row++) {
      for (let column = 0; column < matrix.size; column++) {
        if (matrix.isDark(column, row))
          this.rect(
            left + column * module,
            top + row * module,
            module + 0.01,
            module + 0.01,
            '#000000',
          );
      }
    }
  }
}

export function drawPoster(content: PosterContent, texts: PosterTexts, size: PosterSize): Drawing {
  const poster = new Poster(size, `${content.title} · ${content.url}`);
  const width = A4_WIDTH;
  const height = PAGE_POINTS.A4.height;
  // The band: logo, name, library.
  poster.rect(0, 0, width, 112, GREEN);
  poster.logo(MARGIN - 8, 14, 84);
  poster.line('Stapjes', { weight: 'bold', size: 38 }, MARGIN + 86, 62, '#ffffff');
  poster.line(content.libraryName, { weight: 'regular', size: 15 }, MARGIN + 88, 88, '#ffffff');
  // Title and the Dutch invitation.
  let y = poster.paragraph(content.title, { weight: 'bold', size: 38 }, 136, GREEN, 'start');
  y = poster.paragraph(texts.invitation, { weight: 'bold', size: 16 }, y + 6, DARK, 'start');
  // The QR code as large as possible on the right, three challenges beside it on the left.
  const qrSize = 296;
  const qrTop = y + 18;
  poster.qr(content.url, qrTop, qrSize, width - MARGIN - qrSize + 8);
  const columnWidth = width - 2 * MARGIN - qrSize;
  content.challenges.forEach((challenge, index) => {
    const rowTop = qrTop + 22 + index * 84;
    poster.icon(challenge.icon, MARGIN + 22, rowTop + 18, 28);
    let baseline = rowTop + 14;
    for (const line of wrapText(challenge.title, { weight: 'bold', size: 12 }, columnWidth - 64)) {
      poster.line(line, { weight: 'bold', size: 12 }, MARGIN + 56, baseline, DARK);
      baseline += 15;
    }
  });
  const belowQr = qrTop + qrSize;
  poster.line(texts.scan, { weight: 'bold', size: 15 }, width / 2, belowQr + 20, DARK, 'center');
  poster.line(
    `${texts.typeLink} ${content.shortLink}`,
    { weight: 'bold', size: 13 },
    width / 2,
    belowQr + 42,
    GREEN,
    'center',
  );
  // The invitation in the learners' own languages.
  y = belowQr + 58;
  for (const translation of texts.translations) {
    y = poster.paragraph(
      translation.text,
      { weight: 'regular', size: 11.5 },
      y + 3,
      SOFT,
      isRightToLeft(translation.language) ? 'end' : 'start',
    );
  }
  const footerTop = height - 56;
  poster.rect(0, footerTop, width, 56, LIGHT);
  poster.line(
    texts.free,
    { weight: 'regular', size: 13 },
    width / 2,
    footerTop + 33,
    GREEN,
    'center',
  );
  return poster.drawing;
}
