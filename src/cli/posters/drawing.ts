/** A page as coloured shapes in points, top-left origin: written out as SVG or as PDF. */
import { parsePath, toPathData, transform, type Segment } from './svg-path';

export interface Shape {
  segments: Segment[];
  fill?: string;
  stroke?: { color: string; width: number };
}

export class Drawing {
  readonly shapes: Shape[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
    /** Said in the SVG's <title>, for screen readers and file browsers. */
    readonly title: string,
  ) {}

  add(shape: Shape): void {
    this.shapes.push(shape);
  }

  rect(x: number, y: number, width: number, height: number, fill: string): void {
    this.add({
      segments: [
        { op: 'M', x, y },
        { op: 'L', x: x + width, y },
        { op: 'L', x: x + width, y: y + height },
        { op: 'L', x, y: y + height },
        { op: 'Z' },
      ],
      fill,
    });
  }

  circle(cx: number, cy: number, r: number, fill: string): void {
    this.add({
      segments: parsePath(
        `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`,
      ),
      fill,
    });
  }

  /** An SVG path drawn at (x, y), scaled. */
  path(data: string, x: number, y: number, scale: number, style: Omit<Shape, 'segments'>): void {
    this.add({ segments: transform(parsePath(data), x, y, scale), ...style });
  }
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);

export function toSvg(drawing: Drawing): string {
  const shapes = drawing.shapes.map((shape) => {
    const paint = shape.stroke
      ? `fill="none" stroke="${shape.stroke.color}" stroke-width="${shape.stroke.width}" stroke-linecap="round" stroke-linejoin="round"`
      : `fill="${shape.fill ?? '#000'}"`;
    return `<path d="${toPathData(shape.segments)}" ${paint}/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}pt" height="${drawing.height}pt" viewBox="0 0 ${drawing.width} ${drawing.height}">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    ...shapes,
    '</svg>',
    '',
  ].join('\n');
}
