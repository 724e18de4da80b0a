/**
 * ふりがな in やさしい日本語 text: `{漢字|かんじ}` marks a reading. Plain strings carry them so that the
 * engine's sentences stay strings; the page (components/Ruby.tsx) and the reader's browser
 * (browser/statusRefresh.ts) turn them into <ruby>. Every other language simply has none.
 */
export type RubySegment = string | { base: string; reading: string };

const MARK = /\{([^|{}]+)\|([^{}]+)\}/g;

export function rubySegments(text: string): RubySegment[] {
  const segments: RubySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push({ base: match[1] as string, reading: match[2] as string });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** The text as read without its readings: what a search or a title attribute needs. */
export function withoutRuby(text: string): string {
  return text.replace(MARK, '$1');
}

/** The text an element shows once its readings are rendered as <rt>: what `textContent` reads. */
export function rubyTextContent(text: string): string {
  return rubySegments(text)
    .map((segment) => (typeof segment === 'string' ? segment : segment.base + segment.reading))
    .join('');
}

/**
 * A word whose ふりがな is kept on one line with it. Longer runs (a hub's whole name) may wrap, or
 * they would push a 320 px screen sideways.
 */
export function keptWhole(base: string): boolean {
  return [...base].length <= 4;
}
