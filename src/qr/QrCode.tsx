// A QR code as inline SVG built by React (no innerHTML, nothing the CSP would refuse). This
// module and its encoder (qrcode-generator, MIT) are a chunk of their own, never in the first
// download: the outcome screen imports it for its printed header (so the code is there when the
// browser prints), and kiosk mode for its links.
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** Four light modules around the code, as the QR specification asks. */
const QUIET_ZONE = 4;

/** The dark modules of `text` as one SVG path, one unit per module. */
export function qrPath(text: string): { size: number; path: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size, path };
}

export default function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
