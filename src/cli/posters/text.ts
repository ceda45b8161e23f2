/**
 * Text as vector shapes, drawn with the DejaVu fonts that come with the project: fontkit
 * shapes every script the posters use (Arabic joined and right to left, Cyrillic, Latin).
 */
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import type { Segment } from './svg-path';

const FONT_DIR = resolve(import.meta.dirname, 'fonts');
const fonts = {
  regular: fontkit.openSync(resolve(FONT_DIR, 'DejaVuSans.ttf')) as fontkit.Font,
  bold: fontkit.openSync(resolve(FONT_DIR, 'DejaVuSans-Bold.ttf')) as fontkit.Font,
};

export interface TextStyle {
  weight: 'regular' | 'bold';
  size: number;
}

export function textWidth(text: string, style: TextStyle): number {
  const font = fonts[style.weight];
  return (font.layout(text).advanceWidth / font.unitsPerEm) * style.size;
}

/** Splits text into lines no wider than `maxWidth`, between words. */
export function wrapText(text: string, style: TextStyle, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One line of text as path segments; `x` is the left edge, `baseline` the baseline. */
export function textSegments(
  text: string,
  style: TextStyle,
  x: number,
  baseline: number,
): Segment[] {
  const font = fonts[style.weight];
  const scale = style.size / font.unitsPerEm;
  const run = font.layout(text);
  const segments: Segment[] = [];
  let penX = x;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    const originX = penX + position.xOffset * scale;
    const originY = baseline - position.yOffset * scale;
    for (const { command, args } of glyph.path.commands) {
      const point = (at: number) => ({
        x: originX + (args[at] ?? 0) * scale,
        y: originY - (args[at + 1] ?? 0) * scale,
      });
      if (command === 'moveTo') segments.push({ op: 'M', ...point(0) });
      if (command === 'lineTo') segments.push({ op: 'L', ...point(0) });
      if (command === 'closePath') segments.push({ op: 'Z' });
      if (command === 'bezierCurveTo') {
        const [a, b, c] = [point(0), point(2), point(4)];
        segments.push({ op: 'C', x1: a.x, y1: a.y, x2: b.x, y2: b.y, x: c.x, y: c.y });
      }
      if (command === 'quadraticCurveTo') {
        const last = segments.at(-1);
        const from =
          last && last.op !== 'Z' ? { x: last.x, y: last.y } : { x: originX, y: originY };
        const [control, to] = [point(0), point(2)];
        segments.push({
          op: 'C',
          x1: from.x + (2 / 3) * (control.x - from.x),
          y1: from.y + (2 / 3) * (control.y - from.y),
          x2: to.x + (2 / 3) * (control.x - to.x),
          y2: to.y + (2 / 3) * (control.y - to.y),
          x: to.x,
          y: to.y,
        });
      }
    }
    penX += position.xAdvance * scale;
  });
  return segments;
}
