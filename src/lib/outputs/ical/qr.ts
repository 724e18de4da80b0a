import QRCode from 'qrcode';
import { absoluteUrl } from './urls';

/**
 * A QR code as an SVG image file, made at build time (no client script). Pages show it with
 * <img alt>, so the page stays light and the image is cached once per hub.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return (await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })).trim();
}

/** The QR code of a subscribe section (hubSubscribePath, ALL_HUBS_SUBSCRIBE_PATH): its https address. */
export function subscribeQrCode(sectionPath: string, site: URL): Promise<string> {
  return qrCodeSvg(absoluteUrl(sectionPath, site));
}
