import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLines, escapeText, foldLine, tokyoToUtc, utcDateTime } from './contentLines';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves short ASCII lines alone', () => {
    const line = `UID:${'x'.repeat(70)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds Japanese text at whole characters, no physical line over 75 octets', () => {
    const line = `DESCRIPTION:${'開所時間は十時から十六時までです。'.repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const piece of physical) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    // Unfolding (RFC 5545 3.1) gives the line back exactly.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a surrogate pair', () => {
    const line = `SUMMARY:${'𠮷野家'.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const piece of physical) expect(piece).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('date-times', () => {
  it('writes UTC and turns Tokyo wall-clock times into UTC, whatever the machine zone', () => {
    expect(utcDateTime(new Date('2026-10-01T10:00:00+09:00'))).toBe('20261001T010000Z');
    expect(tokyoToUtc('2026-10-01', '10:00')).toBe('20261001T010000Z');
    // Before 09:00 in Tokyo it is still the previous day in UTC.
    expect(tokyoToUtc('2027-01-01', '08:30')).toBe('20261231T233000Z');
    expect(tokyoToUtc('2027-01-01', '08:30')).toBe('20261231T233000Z');
  });
});

describe('contentLines', () => {
  it('makes a calendar ical.js reads back, CRLF after every line', () => {
    const text = contentLines([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//JA',
      'BEGIN:VEVENT',
      'UID:a@example.jp',
      'DTSTAMP:20260901T000000Z',
      `DTSTART:${tokyoToUtc('2026-10-01', '10:00')}`,
      `SUMMARY:${escapeText('まちカフェ、開所; 午前\nのみ')}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('まちカフェ、開所; 午前\nのみ');
    expect(event?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-10-01T01:00:00Z');
  });
});
