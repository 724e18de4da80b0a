/**
 * What any text staff write may contain. The zod primitives (src/schema/primitives.ts) run these
 * on every text field, so the CMS's pre-save check and the build refuse the same characters.
 * No Node imports: the CMS runs this in the browser.
 */

/** Characters as people count them: code points, so 𠮷 is one character, not two. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** U+0000–U+001F, DEL and the C1 controls U+0080–U+009F. */
function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}
/** Marks that reverse or embed reading order (the "Trojan Source" spoofing characters). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Characters that take no width: two names that look the same can differ by one of these. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u;
/** Line breaks and tabs, which a field that takes lines may hold. */
const LINE_BREAKS = new Set(['\n', '\r', '\t']);

/**
 * Why `text` cannot be published, or undefined. `lines`: the field takes several lines (tabs
 * and line breaks are allowed). Positions count characters as people see them.
 */
export function textProblem(text: string, { lines }: { lines: boolean }): string | undefined {
  const chars = [...text];
  const at = (found: (char: string) => boolean) => chars.findIndex(found) + 1;
  const broken = at((char) => !char.isWellFormed());
  if (broken > 0) {
    return `読み取れない壊れた文字が含まれています(${broken}文字目)。その文字を消して、入力し直してください。`;
  }
  const control = at((char) => isControl(char) && !(lines && LINE_BREAKS.has(char)));
  if (control > 0) {
    return LINE_BREAKS.has(chars[control - 1] ?? '')
      ? `改行やタブは使えません(${control}文字目)。1行で入力してください。`
      : `画面に表示できない制御文字が含まれています(${control}文字目)。その文字を消して、入力し直してください。`;
  }
  const reordering = at((char) => BIDI.test(char));
  if (reordering > 0) {
    return `文字の並ぶ向きを変える見えない記号が含まれています(${reordering}文字目)。その文字を消して、入力し直してください。`;
  }
  // Emoji such as 👨‍👩‍👧 are joined by U+200D: text that takes lines may hold them.
  const invisible = at((char) => ZERO_WIDTH.test(char) && !(lines && char === '\u200d'));
  if (invisible > 0) {
    return `幅のない見えない文字が含まれています(${invisible}文字目)。その前後を消して、入力し直してください。`;
  }
  return undefined;
}

const unsafeToPrint = (char: string) =>
  !char.isWellFormed() || isControl(char) || BIDI.test(char) || ZERO_WIDTH.test(char);

/**
 * Text from content made safe to echo in a terminal or log: control, reordering and invisible
 * characters (an escape sequence in a file name, say) are shown as <U+001B> instead of acting.
 */
export function printable(text: string): string {
  return Array.from(text, (char) =>
    unsafeToPrint(char) ? `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>` : char,
  ).join('');
}
