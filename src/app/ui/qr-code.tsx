import { qrMatrix, qrPath } from '../../core/qr';

/** A QR code as crisp SVG, quiet zone included, labelled for screen readers. */
export function QrCode({
  text,
  label,
  size = '12rem',
}: {
  text: string;
  label: string;
  size?: string;
}) {
  const matrix = qrMatrix(text, 'Q');
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${matrix.size} ${matrix.size}`}
      width={size}
      height={size}
      shape-rendering="crispEdges"
    >
      <rect width={matrix.size} height={matrix.size} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
