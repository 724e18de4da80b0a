import { describe, expect, it } from 'vitest';
import { hubSchema } from '../../schema/hub';
import { characterCount, printable, textProblem } from './textRules';

describe('characterCount', () => {
  it('counts characters as people see them, not UTF-16 units', () => {
    expect('𠮷'.length).toBe(2);
    expect(characterCount('𠮷野家')).toBe(3);
  });

  it('lets 31 × 𠮷 fit a 60-character name, and refuses 61', () => {
    const hub = (name: string) =>
      hubSchema.shape.name.safeParse(name).error?.issues.map((issue) => issue.message) ?? [];
    expect(hub('𠮷'.repeat(31))).toEqual([]);
    expect(hub('𠮷'.repeat(60))).toEqual([]);
    expect(hub('𠮷'.repeat(61))).toEqual(['拠点名は60文字以内にしてください。']);
  });
});

describe('textProblem', () => {
  it.each([
    ['an unpaired surrogate', 'あ\ud800い', false, '読み取れない壊れた文字が含まれています(2文字目)'],
    ['a lone low surrogate', '\udc00', true, '読み取れない壊れた文字'],
    ['NUL', 'a\u0000', false, '制御文字が含まれています(2文字目)'],
    ['ESC', '\u001b[31m赤', true, '制御文字が含まれています(1文字目)'],
    ['DEL', 'x\u007f', true, '制御文字'],
    ['a C1 control', 'x\u0085', true, '制御文字'],
    ['a line break in one line', '一\n二', false, '改行やタブは使えません(2文字目)'],
    ['a tab in one line', '一\t二', false, '改行やタブは使えません'],
    [
      'a right-to-left override',
      'なごみ\u202eカフェ',
      false,
      '文字の並ぶ向きを変える見えない記号が含まれています(4文字目)',
    ],
    ['a left-to-right isolate', '\u2066x', true, '文字の並ぶ向き'],
    ['a zero-width space', 'なご\u200bみ', false, '幅のない見えない文字が含まれています(3文字目)'],
    ['a byte-order mark', '\ufeffなごみ', false, '幅のない見えない文字'],
    ['a zero-width joiner in one line', 'な\u200dごみ', false, '幅のない見えない文字'],
    ['a position after 𠮷', '𠮷\u0007', false, '(2文字目)'],
  ])('refuses %s', (_name, text, lines, message) => {
    expect(textProblem(text, { lines })).toContain(message);
  });

  it('accepts Japanese text, emoji, and line breaks and tabs where a field takes lines', () => {
    expect(textProblem('西宮市六湛寺町10-3 𠮷野 ☕️', { lines: false })).toBeUndefined();
    expect(textProblem('一行目\r\n二行目\t続き 👨\u200d👩\u200d👧', { lines: true })).toBeUndefined();
  });
});

describe('printable', () => {
  it('shows what would act on a terminal or reorder text as visible code points', () => {
    expect(printable('hubs/\u001b[2Jx.md')).toBe('hubs/<U+001B>[2Jx.md');
    expect(printable('a\u202eb\u200bc\ud800\u0007')).toBe('a<U+202E>b<U+200B>c<U+D800><U+0007>');
  });

  it('leaves ordinary text alone, and keeps each message on one line', () => {
    expect(printable('拠点「𠮷」: 直してください。\n- 次')).toBe('拠点「𠮷」: 直してください。<U+000A>- 次');
  });
});
