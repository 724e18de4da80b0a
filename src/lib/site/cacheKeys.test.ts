import { describe, expect, it } from 'vitest';
import { digestOf, hubFeedKey, hubPageKey, programPageKey, qrImageKey } from './cacheKeys';
import { SAMPLE_NOW, sampleSite } from './sampleSite.fixture';
import type { Site, SitePage } from './site';

const page: SitePage = {
  file: 'pages/about.md',
  page: { slug: 'about', title: '交流拠点とは', description: '説明', order: 1 } as SitePage['page'],
  bodyHtml: '<p>本文</p>',
};

function first(site: Site) {
  const view = site.hubs[0];
  if (!view) throw new Error('no hub');
  return view;
}

describe('digestOf', () => {
  it('is the same for the same data, and tells Dates, Maps and Sets apart', () => {
    expect(digestOf({ a: 1, b: [1, 2] })).toBe(digestOf({ a: 1, b: [1, 2] }));
    expect(digestOf({ a: 1, b: undefined })).not.toBe(digestOf({ a: 1 }));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: 2 }));
    expect(digestOf(new Date('2026-09-15T00:00:00Z'))).not.toBe(digestOf(new Date('2026-09-16T00:00:00Z')));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Set(['a']))).not.toBe(digestOf(new Set(['b'])));
    expect(digestOf({ at: new Date(0) })).not.toBe(digestOf({ at: new Date(0).toISOString() }));
    expect(() => digestOf({ render: () => '' })).toThrow();
  });
});

describe('cache keys', () => {
  const site = sampleSite();
  const view = first(site);
  const other = site.hubs[1];
  if (!other) throw new Error('the sample has several hubs');

  it('changes a hub page key with its own hub, not with another hub', () => {
    const renamed = { ...view, hub: { ...view.hub, phone: '0798-99-9999' } };
    const edited: Site = { ...site, hubs: [renamed, ...site.hubs.slice(1)] };
    expect(hubPageKey(edited, renamed, undefined)).not.toBe(hubPageKey(site, view, undefined));
    expect(hubPageKey(edited, other, undefined)).toBe(hubPageKey(site, other, undefined));
  });

  it('changes a hub page key with the day, the settings, the program pages and a former address', () => {
    const key = hubPageKey(site, view, undefined);
    const nextDay = sampleSite(new Date(SAMPLE_NOW.getTime() + 24 * 60 * 60 * 1000));
    expect(hubPageKey(nextDay, first(nextDay), undefined)).not.toBe(key);
    expect(hubPageKey({ ...site, settings: { ...site.settings, siteTitle: '別の名前' } }, view, undefined)).not.toBe(
      key,
    );
    expect(hubPageKey({ ...site, pages: [page] }, view, undefined)).not.toBe(key);
    expect(hubPageKey(site, view, 'old-slug')).not.toBe(key);
  });

  it('keeps a feed key over the days of a month and changes it when the window moves', () => {
    const key = hubFeedKey(site, view);
    const nextDay = sampleSite(new Date(SAMPLE_NOW.getTime() + 24 * 60 * 60 * 1000));
    expect(hubPageKey(nextDay, first(nextDay), undefined)).not.toBe(hubPageKey(site, view, undefined));
    expect(hubFeedKey(nextDay, first(nextDay))).toBe(key);
    const nextMonth = sampleSite(new Date('2026-10-15T12:00:00+09:00'));
    expect(hubFeedKey(nextMonth, first(nextMonth))).not.toBe(key);
    expect(hubFeedKey({ ...site, settings: { ...site.settings, municipality: '芦屋市' } }, view)).not.toBe(key);
  });

  it('changes a program page key with the page and the layout, not with the day', () => {
    const key = programPageKey({ ...site, pages: [page] }, page);
    const retitled = { ...page, page: { ...page.page, title: '新しい題' } };
    expect(programPageKey({ ...site, pages: [retitled] }, retitled)).not.toBe(key);
    const nextDay = sampleSite(new Date(SAMPLE_NOW.getTime() + 24 * 60 * 60 * 1000));
    expect(programPageKey({ ...nextDay, pages: [page] }, page)).toBe(key);
  });

  it('keys a QR image by its address alone', () => {
    expect(qrImageKey('/hubs/a/#subscribe-heading')).toBe(qrImageKey('/hubs/a/#subscribe-heading'));
    expect(qrImageKey('/hubs/a/#subscribe-heading')).not.toBe(qrImageKey('/hubs/b/#subscribe-heading'));
  });
});
