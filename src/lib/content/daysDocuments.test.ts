import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { operatingMonthSchema } from '../../schema/calendar';
import { daysDocumentBytes, daysDocumentProblems } from './daysDocuments';

const root = mkdtempSync(path.join(tmpdir(), 'kyosei-documents-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'documents'));
const pdf = new TextEncoder().encode('%PDF-1.4\n% a month notice\n');
writeFileSync(path.join(root, 'documents/good.pdf'), pdf);
writeFileSync(path.join(root, 'documents/fake.pdf'), 'これは PDF ではありません');
symlinkSync(path.join(root, 'documents/good.pdf'), path.join(root, 'documents/linked.pdf'));

const month = (name: string) => ({
  file: `content/calendars/hub-2026-10.yaml`,
  data: operatingMonthSchema.parse({ hub: 'hub', month: '2026-10', daysDocument: `/documents/${name}` }),
  body: '',
  changed: new Date(0),
});

describe('the 運営日のお知らせ files calendars attach', () => {
  it('reads the size of a sound file', () => {
    expect(daysDocumentBytes(root, [month('good.pdf')])).toEqual(new Map([['/documents/good.pdf', pdf.byteLength]]));
    expect(daysDocumentProblems(root, [month('good.pdf')])).toEqual([]);
  });

  it('refuses a missing file, a link and a file that is not what its name says, naming file, field and fix', () => {
    const problems = daysDocumentProblems(root, [month('gone.pdf'), month('linked.pdf'), month('fake.pdf')]);
    expect(problems.map((problem) => problem.message)).toEqual([
      '添付されたファイル(documents/gone.pdf)が見つかりません。管理画面でこの月のカレンダーを開き、お知らせのファイルを添付し直してください。',
      '添付されたファイル(documents/linked.pdf)が普通のファイルではありません。管理画面でこの月のカレンダーを開き、お知らせのファイルを添付し直してください。',
      '添付されたファイル(documents/fake.pdf)の中身が、名前の示す種類(PDF)ではありません。管理画面でこの月のカレンダーを開き、お知らせのファイルを添付し直してください。',
    ]);
    expect(problems.every((problem) => problem.fieldLabel === '運営日のお知らせ(PDF・画像)')).toBe(true);
    expect(problems[0]?.file).toBe('content/calendars/hub-2026-10.yaml');
    expect(daysDocumentBytes(root, [month('gone.pdf'), month('fake.pdf')]).size).toBe(0);
  });

  it('takes only paths in the documents folder with a known type', () => {
    for (const bad of ['javascript:alert(1)', '/images/hubs/a.pdf', '/documents/../x.pdf', '/documents/a.exe']) {
      const result = operatingMonthSchema.safeParse({ hub: 'hub', month: '2026-10', daysDocument: bad });
      expect(result.success, bad).toBe(false);
    }
  });
});
