import QRCode from 'qrcode';
import { absoluteUrl, webcalUrl } from './urls';

/**
 * A QR code as an SVG image file, made at build time (no client script). Pages show it with
 * <img alt>, so the page stays light and the image is cached once per hub.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return (await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })).trim();
}

/** The QR code of a feed (a site path such as /hubs/<slug>/calendar.ics): its webcal:// address. */
export function feedQrCode(feedPath: string, site: URL): Promise<string> {
  return qrCodeSvg(webcalUrl(absoluteUrl(feedPath, site)));
}
