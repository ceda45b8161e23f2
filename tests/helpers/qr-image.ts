import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** Decodes QR codes in an image with zbarimg (Debian's zbar-tools), a decoder this project did not write. */
export function decodeQr(pngFile: string): string | null {
  try {
    return execFileSync('zbarimg', ['--quiet', '--raw', pngFile], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** A PDF page as a PNG at `dpi` dots per inch (poppler's pdftoppm). */
export function rasterize(pdfFile: string, dpi: number, pngBase: string): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', pdfFile, pngBase]);
  return `${pngBase}.png`;
}

/** A mild blur (a 3×3 Gaussian, weights 1-2-1), like a phone camera slightly out of focus. Writes a new file. */
export function blur(pngFile: string, outFile: string): string {
  const image = PNG.sync.read(readFileSync(pngFile));
  const { width, height, data } = image;
  const out = new PNG({ width, height });
  const weight = [1, 2, 1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0;
        let total = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const [sx, sy] = [x + dx, y + dy];
            if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue;
            const w = weight[dx + 1]! * weight[dy + 1]!;
            sum += data[(sy * width + sx) * 4 + channel]! * w;
            total += w;
          }
        }
        out.data[(y * width + x) * 4 + channel] = Math.round(sum / total);
      }
    }
  }
  writeFileSync(outFile, PNG.sync.write(out));
  return outFile;
}

export function imageWidth(pngFile: string): number {
  return PNG.sync.read(readFileSync(pngFile)).width;
}
