import { describe, expect, it } from 'vitest';
import { daysDocumentLabel, statusPointingTo } from './daysDocument';

describe('a month notice as the page links it', () => {
  it('names the month, the type and the size in KB as the city does', () => {
    expect(daysDocumentLabel('2026-10', '/documents/puchi-2026-10.pdf', 1_673_216)).toBe('10月の運営日(PDF:1,634KB)');
    expect(daysDocumentLabel('2027-01', '/documents/puchi-2027-01.jpg', 200)).toBe('1月の運営日(JPG:1KB)');
    expect(daysDocumentLabel('2027-01', '/documents/puchi-2027-01.png')).toBe('1月の運営日(PNG)');
  });

  it('points the status to the first notice, or to nothing', () => {
    const link = { month: '2026-10', href: '/documents/a.pdf', label: '10月の運営日(PDF:12KB)' };
    expect(statusPointingTo([link])).toBe('運営日は、このページの「10月の運営日」のお知らせでご確認ください。');
    expect(statusPointingTo([])).toBeUndefined();
  });
});
