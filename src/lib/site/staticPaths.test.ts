import { describe, expect, it } from 'vitest';
import { ALL_HUBS_FEED_MAX_HUBS } from '../outputs/ical/urls';
import { sampleSite } from './sampleSite.fixture';
import { allHubsFeedPaths, hubPaths, programPagePaths } from './staticPaths';

describe('static paths', () => {
  const site = sampleSite();

  it('gives one /hubs/<slug>/ route per hub', () => {
    expect(hubPaths(site)).toEqual(
      site.hubs.map((view) => ({ params: { slug: view.hub.slug }, props: { view, site } })),
    );
  });

  it('gives one /<slug>/ route per program page', () => {
    expect(programPagePaths(site).map((path) => path.params.page)).toEqual(site.pages.map((view) => view.page.slug));
    expect(programPagePaths(site).every((path, index) => path.props.view === site.pages[index])).toBe(true);
  });

  it('offers the all-hubs feed only up to the city-size limit', () => {
    expect(allHubsFeedPaths(site)).toEqual([{ params: { feed: 'all' } }]);
    const many = { ...site, hubs: Array.from({ length: ALL_HUBS_FEED_MAX_HUBS + 1 }, () => site.hubs[0]) };
    expect(allHubsFeedPaths(many as typeof site)).toEqual([]);
  });
});
