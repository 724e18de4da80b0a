/**
 * Decap preview panes that render the site's own components with the site's own CSS, so
 * what staff see while editing is what residents will see.
 */
import type { z } from 'astro/zod';
import type { ReactNode } from 'react';
import { HubView } from '../src/components/HubView';
import { MonthCalendar } from '../src/components/MonthCalendar';
import { monthGrid } from '../src/lib/schedule/calendarGrid';
import { dayClassifier, yearEndOf } from '../src/lib/schedule/engine';
import { monthJa } from '../src/lib/schedule/japaneseText';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { DEFAULT_YEAR_END } from '../src/lib/schedule/types';
import { renderMarkdown } from '../src/lib/site/markdown';
import { siteHub } from '../src/lib/site/site';
import { type OperatingMonth, operatingMonthSchema } from '../src/schema/calendar';
import { type Hub, hubSchema } from '../src/schema/hub';
import { type ProgramPage, programPageSchema } from '../src/schema/page';
import type { Settings } from '../src/schema/settings';
import { entryData, type PreviewTemplate, type PreviewTemplateComponentProps } from './decap';
import { entryProblems, problemsText, withoutBlanks } from './validate';

/** What the /admin page embeds from the content at build (or dev request) time. */
export interface AdminContext {
  settings: Settings | null;
  hubs: Hub[];
  months: OperatingMonth[];
}

/**
 * Only when the site's content could not be read (the editor stays open so staff can fix it):
 * the city's facts live in content/settings/site.yaml alone, so the preview goes without them.
 */
const FALLBACK_SETTINGS: Settings = {
  siteTitle: '',
  siteDescription: '',
  municipality: '',
  prefecture: '',
  office: { name: '', address: '', phone: '' },
  yearEndFrom: DEFAULT_YEAR_END.from,
  yearEndTo: DEFAULT_YEAR_END.to,
};

function parsed<S extends z.ZodType>(
  collection: string,
  schema: S,
  props: PreviewTemplateComponentProps,
): { data: z.output<S>; body: string } | { problems: string } {
  const raw = entryData(props.entry);
  const problems = entryProblems(collection, raw);
  if (problems.length > 0) return { problems: problemsText(problems) };
  const { body, ...fields } = withoutBlanks(raw);
  return { data: schema.parse(fields), body: typeof body === 'string' ? body : '' };
}

function Problems({ text }: { text: string }): ReactNode {
  return (
    <main className="admin-preview">
      <p className="notice" role="alert">
        入力に直すところがあるため、プレビューを表示できません。{text}
      </p>
    </main>
  );
}

/** Set once at start-up from the /admin page; previews only read it. */
let context: AdminContext = { settings: null, hubs: [], months: [] };
const settingsNow = () => context.settings ?? FALLBACK_SETTINGS;

function HubPreview(props: PreviewTemplateComponentProps): ReactNode {
  const settings = settingsNow();
  const result = parsed('hubs', hubSchema, props);
  if ('problems' in result) return <Problems text={result.problems} />;
  const hub: Hub = {
    ...result.data,
    photos: result.data.photos.map((photo) => ({
      ...photo,
      // Decap's URL for the image: an upload not saved yet exists only in the browser.
      src: props.getAsset(photo.src)?.url || photo.src,
    })),
  };
  const now = new Date();
  const months = context.months.filter((month) => month.hub === hub.slug).map((data) => ({ data, changed: now }));
  const view = siteHub({ file: '', data: hub, body: result.body, changed: now }, months, settings, now);
  return (
    <main className="admin-preview">
      <h1>{hub.name}</h1>
      <HubView
        view={view}
        today={tokyoDateOf(now)}
        prefecture={settings.prefecture}
        municipality={settings.municipality}
      />
    </main>
  );
}

function CalendarPreview(props: PreviewTemplateComponentProps): ReactNode {
  const settings = settingsNow();
  const result = parsed('calendars', operatingMonthSchema, props);
  if ('problems' in result) return <Problems text={result.problems} />;
  const month: OperatingMonth = result.data;
  const hub = context.hubs.find((candidate) => candidate.slug === month.hub);
  if (!hub) return <Problems text="拠点を選んでください。" />;
  const others = context.months.filter((other) => other.hub === hub.slug && other.month !== month.month);
  const classify = dayClassifier({
    schedule: hub.schedule,
    months: [...others, month],
    yearEnd: yearEndOf(hub.schedule, { from: settings.yearEndFrom, to: settings.yearEndTo }),
  });
  return (
    <main className="admin-preview">
      <h1>
        {hub.name} {monthJa(month.month)}
      </h1>
      <MonthCalendar grid={monthGrid(month.month, classify)} />
    </main>
  );
}

function PagePreview(props: PreviewTemplateComponentProps): ReactNode {
  const result = parsed('pages', programPageSchema, props);
  if ('problems' in result) return <Problems text={result.problems} />;
  const page: ProgramPage = result.data;
  return (
    <main className="admin-preview">
      <h1>{page.title}</h1>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown sanitises, as on the site */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(result.body) }} />
    </main>
  );
}

export function previewTemplates(adminContext: AdminContext): Record<string, PreviewTemplate> {
  context = adminContext;
  return { hubs: HubPreview, calendars: CalendarPreview, pages: PagePreview };
}
