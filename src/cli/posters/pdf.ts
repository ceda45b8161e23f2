/**
 * A one-page PDF of vector shapes, written by hand: no fonts are needed, because text is
 * already drawn as shapes. The page uses a flipped coordinate system, so the drawing's
 * top-left origin carries over unchanged.
 */
import { deflateSync } from 'node:zlib';
import type { Drawing, Shape } from './drawing';

const number = (value: number) => String(Number(value.toFixed(3)));

function colour(hex: string): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
    .map((part) => number(part / 255))
    .join(' ');
}

function shapeOps(shape: Shape): string {
  const path = shape.segments
    .map((s) =>
      s.op === 'Z'
        ? 'h'
        : s.op === 'M'
          ? `${number(s.x)} ${number(s.y)} m`
          : s.op === 'L'
            ? `${number(s.x)} ${number(s.y)} l`
            : `${number(s.x1)} ${number(s.y1)} ${number(s.x2)} ${number(s.y2)} ${number(s.x)} ${number(s.y)} c`,
    )
    .join('\n');
  if (shape.stroke)
    return `${colour(shape.stroke.color)} RG ${number(shape.stroke.width)} w 1 J 1 j\n${path}\nS`;
  return `${colour(shape.fill ?? '#000000')} rg\n${path}\nf`;
}

export function toPdf(drawing: Drawing, title: string): Buffer {
  const content = deflateSync(
    Buffer.from(
      `1 0 0 -1 0 ${number(drawing.height)} cm\n${drawing.shapes.map(shapeOps).join('\n')}\n`,
      'latin1',
    ),
  );
  const info = Buffer.from(title, 'utf16le').swap16().toString('hex').toUpperCase();
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${number(drawing.width)} ${number(drawing.height)}] /Contents 4 0 R /Resources << >> >>`,
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      content,
      Buffer.from('\nendstream', 'latin1'),
    ]),
    `<< /Title <FEFF${info}> /Producer (Stapjes posters) >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}
