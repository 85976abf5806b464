/**
 * The QR code a handout carries, so a student can open the chapter online from the paper: an SVG
 * drawn at build time (no network, no script), with the short form of the same address printed
 * beside it for anyone without a camera.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `address`; medium error correction survives a smudged or photocopied page. */
export async function qrCodeSvg(address: string, label: string): Promise<string> {
  const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } });
  // Named for screen readers; the drawing itself is pure black on white, which prints in any mode.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}" class="qr-code" `);
}

/** The address as people type it: no scheme, no "www.". */
export function shortAddress(address: string): string {
  return address.replace(/^https?:\/\//, '').replace(/^www\./, '');
}
