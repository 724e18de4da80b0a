import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text alone and writes unknown facts as empty cells', () => {
    expect(csvCell('まちCafeなごみ')).toBe('まちCafeなごみ');
    expect(csvCell('')).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('月,火')).toBe('"月,火"');
    expect(csvCell('「カフェ」"なごみ"')).toBe('"「カフェ」""なごみ"""');
    expect(csvCell('1行目\n2行目')).toBe('"1行目\n2行目"');
    expect(csvCell('1行目\r\n2行目')).toBe('"1行目\r\n2行目"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.com")')).toBe('"\'=HYPERLINK(""http://example.com"")"');
    expect(csvCell('+81')).toBe("'+81");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('0798-20-2333')).toBe('0798-20-2333');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and reads back to the same cells', () => {
    const rows = [
      ['a,b', 'say "hi"', '改行\nあり'],
      ['', '=1+1', 'ふつう'],
    ];
    const text = toCsv(['列1', '列2', '列3'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').match(/\n/g)?.length).toBe(3);
    expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    expect(parseCsv(text)).toEqual([['列1', '列2', '列3'], rows[0], ['', "'=1+1", 'ふつう']]);
  });
});
