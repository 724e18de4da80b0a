import type { OperatingMonth } from '../../schema/calendar';
import type { Hub } from '../../schema/hub';
import type { ProgramPage } from '../../schema/page';
import type { Settings } from '../../schema/settings';

/** One validated content file. */
export interface Entry<T> {
  /** Where the entry came from, for messages: relative to the working directory when inside it. */
  file: string;
  data: T;
  /** Markdown body (empty for YAML data files). */
  body: string;
}

/** Every content file, validated, as the build and the checks read it. */
export interface SiteContent {
  root: string;
  hubs: Entry<Hub>[];
  months: Entry<OperatingMonth>[];
  pages: Entry<ProgramPage>[];
  settings: Entry<Settings>;
  /** The size in bytes of each 運営日のお知らせ the calendars attach, by its path on the site. */
  documentBytes?: ReadonlyMap<string, number>;
}
