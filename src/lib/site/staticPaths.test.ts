import { describe, expect, it } from 'vitest';
import { ALL_HUBS_FEED_MAX_HUBS } from '../outputs/ical/urls';
import { sampleSite } from './sampleSite.fixture';
import { allHubsFeedPaths, hubPaths } from './staticPaths';

describe('static paths', () => {
  const site = sampleSite();

  it('gives one /hubs/<slug>/ route per hub', () => {
    expect(hubPaths(site)).toEqual(site.hubs.map((view) => ({ params: { slug: view.hub.slug } })));
  });

  it('offers the all-hubs feed only up to the city-size limit', () => {
    expect(allHubsFeedPaths(site)).toEqual([{ params: { feed: 'all' } }]);
    const many = { ...site, hubs: Array.from({ length: ALL_HUBS_FEED_MAX_HUBS + 1 }, () => site.hubs[0]) };
    expect(allHubsFeedPaths(many as typeof site)).toEqual([]);
  });
});
