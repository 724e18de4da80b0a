import { defineCollection } from 'astro:content';
import { strictContentLoader } from './collections/strictLoader';
import { contentRoot } from './lib/content/load';
import { operatingMonthSchema } from './schema/calendar';
import { hubSchema } from './schema/hub';
import { programPageSchema } from './schema/page';
import { settingsSchema } from './schema/settings';

// The content staff edit in /admin (content/, or CONTENT_DIR): read strictly, validated by the
// zod schemas in src/schema, cross-checked file against file before a page is built.
const collection = strictContentLoader(contentRoot());

export const collections = {
  hubs: defineCollection({ loader: collection('hubs', hubSchema) }),
  calendars: defineCollection({ loader: collection('months', operatingMonthSchema) }),
  pages: defineCollection({ loader: collection('pages', programPageSchema) }),
  settings: defineCollection({ loader: collection('settings', settingsSchema) }),
};
