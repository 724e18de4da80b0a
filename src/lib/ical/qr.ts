import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time (no client script), with an accessible
 * name so screen readers announce what it is rather than skipping or spelling it.
 */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const escaped = label.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return svg
    .trim()
    .replace('<svg ', `<svg role="img" aria-label="${escaped}" focusable="false" class="qr-code" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${escaped}</title>`);
}
