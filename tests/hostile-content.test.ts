import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HeadlessChromium, launchChromium } from './support/browser';
import { readCsv } from './support/csv';
import { type StaticServer, serveStatic } from './support/server';
import { type BuildResult, buildSite, FIXTURES } from './support/site';
import { XSS_PAYLOADS } from './support/xssPayloads';

/** One hub, one month calendar and one program page per payload, with the payload in every free-text field. */
function hostileContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kyosei-hostile-'));
  cpSync(path.join(FIXTURES, 'small', 'settings'), path.join(root, 'settings'), { recursive: true });
  for (const dir of ['hubs', 'calendars', 'pages']) mkdirSync(path.join(root, dir));
  const allPayloads = XSS_PAYLOADS.join('\n\n');
  XSS_PAYLOADS.forEach((payload, index) => {
    const slug = `hostile-${index}`;
    const hub = {
      slug,
      name: payload,
      nameKana: 'きけんなにゅうりょく',
      ...(payload.length <= 30 ? { district: payload } : {}),
      address: { street: payload, building: payload },
      phone: '0798-00-0000',
      operator: { name: payload, kind: '運営委員会' },
      schedule: {
        kind: index % 2 ? 'weekly' : 'irregular',
        weekdays: index % 2 ? ['mon', 'tue', 'wed'] : [],
        opens: '10:00',
        closes: '16:00',
        note: payload,
      },
      audiences: payload.length <= 30 ? [payload] : [],
      activities: payload.length <= 30 ? [payload] : [],
      accessibility: payload,
      photos: [{ src: '/images/hubs/hostile.png', alt: payload }],
    };
    writeFileSync(path.join(root, 'hubs', `${slug}.md`), `---\n${yaml.dump(hub)}---\n${allPayloads}\n`);
    const month = {
      hub: slug,
      month: '2026-10',
      ...(index % 2 ? {} : { openDays: [{ date: '2026-10-01', note: payload }] }),
      closures: [{ date: '2026-10-02', reason: payload }],
      specialOpenings: [{ date: '2026-10-12', note: payload }],
    };
    writeFileSync(path.join(root, 'calendars', `${slug}-2026-10.yaml`), yaml.dump(month));
    const page = { slug: `page-${index}`, title: payload, description: payload, order: index };
    writeFileSync(path.join(root, 'pages', `page-${index}.md`), `---\n${yaml.dump(page)}---\n${allPayloads}\n`);
  });
  return root;
}

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return relative === 'admin' ? [] : htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

describe('hostile content', () => {
  let content: string;
  let build: BuildResult;
  let site: StaticServer;
  let chromium: HeadlessChromium;

  beforeAll(async () => {
    content = hostileContent();
    build = buildSite(content);
    site = await serveStatic(build.outDir);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await site?.close();
    for (const dir of [content, ...(build?.folders ?? [])]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds (the payloads are text, not errors)', () => {
    expect(
      build.status,
      build.output
        .split('\n')
        .filter((line) => line.startsWith('- '))
        .join('\n'),
    ).toBe(0);
    expect(htmlFiles(build.outDir).length).toBeGreaterThan(XSS_PAYLOADS.length * 2);
  });

  it('leaves no executable markup in any page', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/404.html`);
    const findings: string[] = [];
    for (const file of htmlFiles(build.outDir)) {
      const found = await page.evaluate((html) => {
        // DOMParser never runs scripts: this inspects the markup exactly as a browser would build it.
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const bad: string[] = [];
        const dangerousUrl = /^(javascript|data|vbscript):/i;
        for (const element of Array.from(doc.querySelectorAll('*'))) {
          const tag = element.tagName.toLowerCase();
          if (['iframe', 'object', 'embed', 'base', 'form', 'frame', 'frameset'].includes(tag)) bad.push(`<${tag}>`);
          if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
            bad.push('meta refresh');
          if (tag === 'script') {
            const type = element.getAttribute('type');
            const src = element.getAttribute('src') ?? '';
            if (type === 'application/ld+json') {
              JSON.parse(element.textContent ?? '');
            } else if (!src.startsWith('/')) bad.push(`inline script: ${element.outerHTML.slice(0, 80)}`);
          }
          for (const attribute of Array.from(element.attributes)) {
            // Browsers ignore whitespace and control characters inside a URL scheme.
            const value = Array.from(attribute.value)
              .filter((char) => char > ' ')
              .join('');
            if (attribute.name.startsWith('on')) bad.push(`${tag}[${attribute.name}]`);
            if (
              ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name) &&
              dangerousUrl.test(value)
            ) {
              bad.push(`${tag}[${attribute.name}=${attribute.value}]`);
            }
          }
        }
        return bad;
      }, build.read(file));
      findings.push(...found.map((finding) => `${file}: ${finding}`));
    }
    expect(findings).toEqual([]);
  });

  it('shows the payloads as text on the hub page', () => {
    const hubPage = build.read('hubs/hostile-1/index.html');
    expect(hubPage).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('runs no script when every page is opened in a real browser', async () => {
    const dialogs: string[] = [];
    const page = await chromium.context.newPage();
    page.on('dialog', async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    for (const file of htmlFiles(build.outDir)) {
      await page.goto(`${site.origin}/${file}`);
      await page.mouse.move(10, 10);
      await page.keyboard.press('Tab');
    }
    expect(dialogs).toEqual([]);
  });

  it('keeps every payload intact and inert in JSON-LD, feeds and open data', () => {
    const csv = readCsv(build.read('opendata/hubs.csv'));
    const nameColumn = csv[0]?.indexOf('名称') ?? -1;
    const csvNames = csv.slice(1).map((row) => row[nameColumn]);
    const jsonNames = (JSON.parse(build.read('opendata/hubs.json')) as { hubs: { 名称: string }[] }).hubs.map(
      (hub) => hub.名称,
    );
    XSS_PAYLOADS.forEach((payload, index) => {
      const html = build.read(`hubs/hostile-${index}/index.html`);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(blocks).toHaveLength(1);
      // Nothing inside the block can end it early or open a comment.
      expect(blocks[0]?.[1]).not.toMatch(/<\/|<!--/);
      expect(JSON.parse(blocks[0]?.[1] ?? '').name).toBe(payload);

      const calendar = new ICAL.Component(ICAL.parse(build.read(`hubs/hostile-${index}/calendar.ics`)));
      const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.summary.startsWith(`${payload} `)).toBe(true);
        expect(event.location).toContain(payload);
      }

      // Spreadsheet formula guard: a leading = + - @ gets a quote; nothing else changes.
      expect(csvNames).toContain(/^[=+\-@]/.test(payload) ? `'${payload}` : payload);
      expect(jsonNames).toContain(payload);
    });
  });
});
