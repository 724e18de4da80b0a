/**
 * The picture Decap shows above its login button: the site's name and the city, as text in an
 * SVG, so staff know at once which site they are signing in to (Decap's own logo says nothing).
 */
const WIDTH = 300;
const SIDE = 10;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);
}

/** Roughly how many em a line takes: CJK characters are square, Latin ones about half. */
function ems(text: string): number {
  return [...text].reduce((total, character) => total + (character.charCodeAt(0) > 0x2e7f ? 1 : 0.6), 0);
}

/** The largest font size, up to `max`, at which `text` fits the picture's width. */
function fittingSize(text: string, max: number): number {
  return Math.min(max, Math.floor((WIDTH - 2 * SIDE) / Math.max(ems(text), 1)));
}

export interface LoginLogoText {
  siteTitle: string;
  municipality: string;
}

export function loginLogoSvg({ siteTitle, municipality }: LoginLogoText): string {
  // '西宮市 共生型地域交流拠点' under '西宮市' would say the city twice.
  const title = siteTitle.startsWith(municipality)
    ? siteTitle.slice(municipality.length).trim() || siteTitle
    : siteTitle;
  const titleSize = fittingSize(title, 30);
  const citySize = fittingSize(municipality, 20);
  const noteSize = 15;
  const cityY = citySize + 4;
  const titleY = cityY + 12 + titleSize;
  const noteY = titleY + 14 + noteSize;
  const height = noteY + 8;
  const font = "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";
  const label = `${municipality} ${title} 管理画面`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<g font-family="${font}" text-anchor="middle" fill="#1a1a1c">`,
    `<text x="${WIDTH / 2}" y="${cityY}" font-size="${citySize}">${escapeXml(municipality)}</text>`,
    `<text x="${WIDTH / 2}" y="${titleY}" font-size="${titleSize}" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="${WIDTH / 2}" y="${noteY}" font-size="${noteSize}" fill="#4a4a50">管理画面(職員用)</text>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
