/**
 * Decap preview panes that render the site's own components with the site's own CSS, so
 * what staff see while editing is what residents will see.
 */
import type { z } from 'astro/zod';
import { type ReactNode, useEffect } from 'react';
import { DaysDocuments } from '../src/components/DaysDocuments';
import { HubView } from '../src/components/HubView';
import { MonthCalendar } from '../src/components/MonthCalendar';
import { monthGrid } from '../src/lib/schedule/calendarGrid';
import { dayClassifier, siteYearEnd, yearEndOf } from '../src/lib/schedule/engine';
import { monthJa } from '../src/lib/schedule/japaneseText';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { DEFAULT_YEAR_END } from '../src/lib/schedule/types';
import { daysDocumentLabel } from '../src/lib/site/daysDocument';
import { renderMarkdown } from '../src/lib/site/markdown';
import { siteHub } from '../src/lib/site/site';
import { type OperatingMonth, operatingMonthSchema } from '../src/schema/calendar';
import { type Hub, hubSchema } from '../src/schema/hub';
import { type ProgramPage, programPageSchema } from '../src/schema/page';
import type { Settings } from '../src/schema/settings';
import { COLLECTION_NAMES } from './config';
import { entryData, type PreviewTemplate, type PreviewTemplateComponentProps } from './decap';
import { editingEntry } from './editingEntry';
import { type LiveStore, liveContent } from './liveContent';
import { entryNotices } from './notices';
import { NoticeList, useLive } from './noticesView';
import { entryProblems, problemsText, withoutBlanks } from './validate';

/**
 * Only when the settings cannot be read (the editor stays open so staff can fix them): the
 * city's facts live in content/settings/site.yaml alone, so the preview goes without them.
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

/** Set once at start-up (previewTemplates); until then nothing can be read. */
let live: LiveStore = liveContent(undefined, undefined, undefined);

const READING = '保存されている内容(拠点の開所日や設定など)を読み込んでいます…';
const UNREADABLE =
  '保存されている内容(拠点の開所日や設定など)を読み込めませんでした。通信の状態を確かめて、ページを再読み込みしてください。';

function Message({ text }: { text: string }): ReactNode {
  return (
    <main className="admin-preview">
      <p className="notice" role="status">
        {text}
      </p>
    </main>
  );
}

/** The live content a preview needs, the notices for the entry, and the entry reported for the widget. */
function usePreviewContext(collection: string, props: PreviewTemplateComponentProps) {
  const state = useLive(live);
  const { entry } = props;
  useEffect(() => editingEntry.report(entry), [entry]);
  const content = state.status === 'ready' ? state.content : undefined;
  return { state, content, notices: entryNotices(collection, entryData(entry), content) };
}

function HubPreview(props: PreviewTemplateComponentProps): ReactNode {
  const { state, content, notices } = usePreviewContext(COLLECTION_NAMES.hubs, props);
  const result = parsed(COLLECTION_NAMES.hubs, hubSchema, props);
  if ('problems' in result) return <Problems text={result.problems} />;
  if (state.status === 'reading') return <Message text={READING} />;
  const settings = content?.settings ?? FALLBACK_SETTINGS;
  const hub: Hub = {
    ...result.data,
    photos: result.data.photos.map((photo) => ({
      ...photo,
      // Decap's URL for the image: an upload not saved yet exists only in the browser.
      src: props.getAsset(photo.src)?.url || photo.src,
    })),
  };
  const now = new Date();
  const months = (content?.months ?? []).filter((month) => month.hub === hub.slug).map((data) => ({ data }));
  const view = siteHub({ file: '', data: hub, body: result.body }, months, settings, now);
  return (
    <main className="admin-preview">
      {content ? null : (
        <p className="notice" role="status">
          {UNREADABLE}
        </p>
      )}
      <NoticeList notices={notices} />
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
  const { state, content, notices } = usePreviewContext(COLLECTION_NAMES.calendars, props);
  const result = parsed(COLLECTION_NAMES.calendars, operatingMonthSchema, props);
  if ('problems' in result) return <Problems text={result.problems} />;
  if (state.status === 'reading') return <Message text={READING} />;
  if (!content) return <Message text={UNREADABLE} />;
  const settings = content.settings ?? FALLBACK_SETTINGS;
  const month: OperatingMonth = result.data;
  const hub = content.hubs.find((candidate) => candidate.slug === month.hub);
  if (!hub) return <Problems text="拠点を選んでください。" />;
  // The saved months of this hub, with this month as edited instead of as saved.
  const others = content.months.filter((other) => other.hub === hub.slug && other.month !== month.month);
  const classify = dayClassifier({
    schedule: hub.schedule,
    months: [...others, month],
    yearEnd: yearEndOf(hub.schedule, siteYearEnd(settings)),
  });
  return (
    <main className="admin-preview">
      <NoticeList notices={notices} />
      <h1>
        {hub.name} {monthJa(month.month)}
      </h1>
      <MonthCalendar grid={monthGrid(month.month, classify)} />
      {month.daysDocument ? (
        <DaysDocuments
          documents={[
            {
              month: month.month,
              // An attachment not saved yet exists only in the browser: Decap's URL for it.
              href: props.getAsset(month.daysDocument)?.url || month.daysDocument,
              label: daysDocumentLabel(month.month, month.daysDocument),
            },
          ]}
        />
      ) : null}
    </main>
  );
}

function PagePreview(props: PreviewTemplateComponentProps): ReactNode {
  const { notices } = usePreviewContext(COLLECTION_NAMES.pages, props);
  const result = parsed(COLLECTION_NAMES.pages, programPageSchema, props);
  if ('problems' in result) return <Problems text={result.problems} />;
  const page: ProgramPage = result.data;
  return (
    <main className="admin-preview">
      <NoticeList notices={notices} />
      <h1>{page.title}</h1>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown sanitises, as on the site */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(result.body) }} />
    </main>
  );
}

/** The preview of each collection, reading the content around the entry from `store`. */
export function previewTemplates(store: LiveStore): Record<string, PreviewTemplate> {
  live = store;
  return {
    [COLLECTION_NAMES.hubs]: HubPreview,
    [COLLECTION_NAMES.calendars]: CalendarPreview,
    [COLLECTION_NAMES.pages]: PagePreview,
  };
}
