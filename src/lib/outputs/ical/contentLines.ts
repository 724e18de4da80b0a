import type { ClockTime, PlainDate } from '../../../schema/primitives';
import { instantAt } from '../../schedule/tokyoCalendar';

/**
 * RFC 5545 content lines: TEXT escaping, UTC date-times and folding. Small on purpose: feeds
 * write one event per open day (hundreds of thousands at a prefecture's scale), and a general
 * iCalendar library folded every line character by character, a third of a 2,000-hub build.
 */

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A DATE-TIME in UTC, e.g. 20261001T010000Z (RFC 5545 3.3.5, form #2). */
export function utcDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const utcOfTokyo = new Map<string, string>();

/**
 * The UTC DATE-TIME of a Tokyo wall-clock time, e.g. ('2026-10-01', '10:00') → 20261001T010000Z.
 * Feeds ask for the same few hundred dates and hours again and again: each is worked out once.
 */
export function tokyoToUtc(date: PlainDate, time: ClockTime): string {
  const key = `${date}T${time}`;
  let utc = utcOfTokyo.get(key);
  if (utc === undefined) {
    utc = utcDateTime(instantAt(date, time));
    if (utcOfTokyo.size > 50_000) utcOfTokyo.clear();
    utcOfTokyo.set(key, utc);
  }
  return utc;
}

/** Octets per line before a fold, as the feeds have always been written (the RFC allows 75). */
const MAX_OCTETS = 74;
const ASCII = /^[\x20-\x7e]*$/;

function octetsOf(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

/**
 * Folds one content line (RFC 5545 3.1): CRLF and a space before the octet count would pass
 * the limit, never inside a UTF-8 character or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS && ASCII.test(line)) return line;
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const size = pair ? 4 : octetsOf(code);
    octets += size;
    if (octets > MAX_OCTETS) {
      pieces.push(line.slice(start, index));
      start = index;
      octets = size;
    }
    if (pair) index++;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

/** Content lines joined with CRLF, each folded; a final CRLF ends the object. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
