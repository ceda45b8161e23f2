/** QR codes as plain data: the only module that uses the QR encoder (uqr). */
import { encode } from 'uqr';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** The dark modules of a QR code, with a quiet zone of four modules around it. */
export interface QrMatrix {
  /** Modules across, quiet zone included. */
  size: number;
  isDark: (x: number, y: number) => boolean;
}

const QUIET_ZONE = 4;

export function qrMatrix(text: string, ecc: ErrorCorrection = 'Q'): QrMatrix {
  const { data, size } = encode(text, { ecc, border: 0 });
  return {
    size: size + 2 * QUIET_ZONE,
    isDark: (x, y) => data[y - QUIET_ZONE]?.[x - QUIET_ZONE] === true,
  };
}

/** One SVG path drawing every dark module as a 1×1 square, in module units. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) if (matrix.isDark(x, y)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return parts.join('');
}
