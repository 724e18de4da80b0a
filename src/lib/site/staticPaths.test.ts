import { describe, expect, it } from 'vitest';
import { ALL_HUBS_FEED_MAX_HUBS } from '../outputs/ical/urls';
import { HUBS_PER_LIST_PAGE } from './listPages';
import { sampleSite } from './sampleSite.fixture';
import {
  allHubsFeedPaths,
  hubAddressPaths,
  hubPaths,
  hubRedirects,
  listPagePaths,
  programPagePaths,
} from './staticPaths';

describe('static paths', () => {
  const site = sampleSite();

  const slugKey = (view: (typeof site.hubs)[number], movedFrom?: string) => `${view.hub.slug}:${movedFrom ?? ''}`;

  it('gives one /hubs/<slug>/ route per hub, keyed by the route', () => {
    expect(hubPaths(site, slugKey)).toEqual(
      site.hubs.map((view) => ({
        params: { slug: view.hub.slug },
        props: { view, site },
        cacheKey: `${view.hub.slug}:`,
      })),
    );
  });

  it('gives one /<slug>/ route per program page', () => {
    expect(programPagePaths(site).map((path) => path.params.page)).toEqual(site.pages.map((view) => view.page.slug));
    expect(programPagePaths(site).every((path, index) => path.props.view === site.pages[index])).toBe(true);
    expect(new Set(programPagePaths(site).map((path) => path.cacheKey)).size).toBe(site.pages.length);
  });

  it('offers the all-hubs feed only up to the city-size limit', () => {
    expect(allHubsFeedPaths(site)).toEqual([{ params: { feed: 'all' } }]);
    const many = { ...site, hubs: Array.from({ length: ALL_HUBS_FEED_MAX_HUBS + 1 }, () => site.hubs[0]) };
    expect(allHubsFeedPaths(many as typeof site)).toEqual([]);
  });

  it('adds list pages after /hubs/ only past the city size', () => {
    expect(listPagePaths(site)).toEqual([]);
    const many = {
      ...site,
      hubs: Array.from({ length: 2 * HUBS_PER_LIST_PAGE + 1 }, () => site.hubs[0]),
    } as typeof site;
    const paths = listPagePaths(many);
    expect(paths.map((path) => [path.params.number, path.props.page.path, path.props.page.hubs.length])).toEqual([
      ['2', '/hubs/page/2/', HUBS_PER_LIST_PAGE],
      ['3', '/hubs/page/3/', 1],
    ]);
    expect(paths.every((path) => path.props.site === many)).toBe(true);
  });

  it('keeps a moved hub answering at its old address, and lists it for _redirects', () => {
    expect(hubAddressPaths(site, slugKey)).toEqual(hubPaths(site, slugKey));
    expect(hubRedirects(site)).toBe('');
    const [first, ...rest] = site.hubs;
    if (!first) throw new Error('no hub');
    const moved = { ...first, hub: { ...first.hub, slug: 'moved-hub', formerSlugs: [first.hub.slug] } };
    const after = { ...site, hubs: [moved, ...rest] };
    const paths = hubAddressPaths(after, slugKey);
    expect(paths.map((path) => path.params.slug)).toEqual([
      'moved-hub',
      ...rest.map((view) => view.hub.slug),
      first.hub.slug,
    ]);
    expect(paths.at(-1)?.props).toMatchObject({ view: moved, movedFrom: first.hub.slug });
    expect(paths.at(-1)?.cacheKey).toBe(`moved-hub:${first.hub.slug}`);
    expect(hubRedirects(after)).toBe(`/hubs/${first.hub.slug}/ /hubs/moved-hub/ 301\n`);
  });
});
