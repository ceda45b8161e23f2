/**
 * SVG path data to absolute moves, lines and cubic curves: the only shapes a PDF page needs.
 * Handles every command (M L H V C S Q T A Z, absolute and relative); arcs become cubics.
 */

export type Segment =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

const ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

function tokens(path: string): (string | number)[] {
  return [...path.matchAll(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g)].map((match) =>
    /^[a-zA-Z]$/.test(match[0]) ? match[0] : Number(match[0]),
  );
}

/** An elliptical arc as cubic Béziers (the standard endpoint-to-centre conversion). */
function arcToCubics(
  x0: number,
  y0: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  large: number,
  sweep: number,
  x: number,
  y: number,
): Segment[] {
  if (rxIn === 0 || ryIn === 0) return [{ op: 'L', x, y }];
  const phi = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  let [rx, ry] = [Math.abs(rxIn), Math.abs(ryIn)];
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const sign = large === sweep ? -1 : 1;
  const numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const factor =
    sign * Math.sqrt(Math.max(0, numerator / (rx * rx * y1p * y1p + ry * ry * x1p * x1p)));
  const cxp = (factor * rx * y1p) / ry;
  const cyp = (-factor * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x0 + x) / 2;
  const cy = sin * cxp + cos * cyp + (y0 + y) / 2;
  const angleOf = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angleOf(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angleOf((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.ceil(Math.abs(delta) / (Math.PI / 2));
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (theta: number) => ({
    x: cx + rx * Math.cos(theta) * cos - ry * Math.sin(theta) * sin,
    y: cy + rx * Math.cos(theta) * sin + ry * Math.sin(theta) * cos,
  });
  const derivative = (theta: number) => ({
    x: -rx * Math.sin(theta) * cos - ry * Math.cos(theta) * sin,
    y: -rx * Math.sin(theta) * sin + ry * Math.cos(theta) * cos,
  });
  const segments: Segment[] = [];
  for (let index = 0; index < parts; index++) {
    const [a, b] = [start + index * step, start + (index + 1) * step];
    const [p0, p1, d0, d1] = [point(a), point(b), derivative(a), derivative(b)];
    segments.push({
      op: 'C',
      x1: p0.x + k * d0.x,
      y1: p0.y + k * d0.y,
      x2: p1.x - k * d1.x,
      y2: p1.y - k * d1.y,
      x: p1.x,
      y: p1.y,
    });
  }
  return segments;
}

export function parsePath(path: string): Segment[] {
  const list = tokens(path);
  const segments: Segment[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let lastControl: { x: number; y: number; kind: 'C' | 'Q' } | null = null;
  let command = '';
  let index = 0;
  const next = () => Number(list[index++]);
  while (index < list.length) {
    if (typeof list[index] === 'string') command = String(list[index++]);
    const lower = command.toLowerCase();
    const relative = command === lower && lower !== 'z';
    const [ox, oy] = relative ? [x, y] : [0, 0];
    if (lower === 'z') {
      segments.push({ op: 'Z' });
      [x, y] = [startX, startY];
      lastControl = null;
      continue;
    }
    if (ARGS[lower] === undefined) throw new Error(`unknown path command ${command}`);
    if (lower === 'm') {
      [x, y] = [ox + next(), oy + next()];
      [startX, startY] = [x, y];
      segments.push({ op: 'M', x, y });
      command = relative ? 'l' : 'L';
      lastControl = null;
    } else if (lower === 'l' || lower === 'h' || lower === 'v') {
      if (lower === 'l') [x, y] = [ox + next(), oy + next()];
      if (lower === 'h') x = (relative ? x : 0) + next();
      if (lower === 'v') y = (relative ? y : 0) + next();
      segments.push({ op: 'L', x, y });
      lastControl = null;
    } else if (lower === 'c' || lower === 's') {
      const reflected =
        lastControl?.kind === 'C'
          ? { x: 2 * x - lastControl.x, y: 2 * y - lastControl.y }
          : { x, y };
      const first = lower === 'c' ? { x: ox + next(), y: oy + next() } : reflected;
      const second = { x: ox + next(), y: oy + next() };
      [x, y] = [ox + next(), oy + next()];
      segments.push({ op: 'C', x1: first.x, y1: first.y, x2: second.x, y2: second.y, x, y });
      lastControl = { ...second, kind: 'C' };
    } else if (lower === 'q' || lower === 't') {
      const control: { x: number; y: number } =
        lower === 'q'
          ? { x: ox + next(), y: oy + next() }
          : lastControl?.kind === 'Q'
            ? { x: 2 * x - lastControl.x, y: 2 * y - lastControl.y }
            : { x, y };
      const [fromX, fromY] = [x, y];
      [x, y] = [ox + next(), oy + next()];
      segments.push({
        op: 'C',
        x1: fromX + (2 / 3) * (control.x - fromX),
        y1: fromY + (2 / 3) * (control.y - fromY),
        x2: x + (2 / 3) * (control.x - x),
        y2: y + (2 / 3) * (control.y - y),
        x,
        y,
      });
      lastControl = { ...control, kind: 'Q' };
    } else {
      const [rx, ry, angle, large, sweep] = [next(), next(), next(), next(), next()];
      const [toX, toY] = [ox + next(), oy + next()];
      segments.push(...arcToCubics(x, y, rx, ry, angle, large, sweep, toX, toY));
      [x, y] = [toX, toY];
      lastControl = null;
    }
  }
  return segments;
}

/** Segments moved and scaled: (x, y) → (dx + x·scale, dy + y·scale). */
export function transform(
  segments: readonly Segment[],
  dx: number,
  dy: number,
  scale: number,
): Segment[] {
  const px = (value: number) => dx + value * scale;
  const py = (value: number) => dy + value * scale;
  return segments.map((segment) => {
    if (segment.op === 'Z') return segment;
    if (segment.op === 'C')
      return {
        op: 'C',
        x1: px(segment.x1),
        y1: py(segment.y1),
        x2: px(segment.x2),
        y2: py(segment.y2),
        x: px(segment.x),
        y: py(segment.y),
      };
    return { op: segment.op, x: px(segment.x), y: py(segment.y) };
  });
}

/** Back to SVG path data (absolute commands only). */
export function toPathData(segments: readonly Segment[]): string {
  const n = (value: number) => Number(value.toFixed(2));
  return segments
    .map((s) =>
      s.op === 'Z'
        ? 'Z'
        : s.op === 'C'
          ? `C${n(s.x1)} ${n(s.y1)} ${n(s.x2)} ${n(s.y2)} ${n(s.x)} ${n(s.y)}`
          : `${s.op}${n(s.x)} ${n(s.y)}`,
    )
    .join('');
}
