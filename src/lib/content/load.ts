import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { BODY_LABELS } from '../../schema/body';
import { operatingMonthSchema } from '../../schema/calendar';
import { hubSchema } from '../../schema/hub';
import { programPageSchema } from '../../schema/page';
import { type Settings, settingsSchema } from '../../schema/settings';
import { crossFileProblems } from './crossFileRules';
import { daysDocumentBytes, daysDocumentProblems } from './daysDocuments';
import { type ContentDocument, DocumentError, decodeUtf8, parseDataDocument, parseMarkdownDocument } from './documents';
import { displayPath, listCollection } from './listing';
import { ContentError, type ContentProblem, fileProblem, problemsFromIssues } from './problems';
import { textProblem } from './textRules';
import type { Entry, SiteContent } from './types';

export const COLLECTION_DIRS = { hubs: 'hubs', months: 'calendars', pages: 'pages', settings: 'settings' } as const;
export const SETTINGS_FILE = 'site.yaml';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CONTENT_DIR || 'content');
}

function readCollection<S extends z.ZodType>(
  files: readonly string[],
  schema: S,
  parse: (text: string) => ContentDocument,
  problems: ContentProblem[],
  rejectedSlugs?: Set<string>,
  bodyLabel: string = BODY_LABELS.pages,
): Entry<z.output<S>>[] {
  // A file that cannot be read is known by its name, which the CMS makes from its slug.
  const rejectName = (absolute: string) => rejectedSlugs?.add(path.basename(absolute, path.extname(absolute)));
  const entries: Entry<z.output<S>>[] = [];
  for (const absolute of files) {
    const file = displayPath(absolute);
    let document: ContentDocument;
    try {
      document = parse(decodeUtf8(readFileSync(absolute)));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      problems.push(fileProblem(file, error.message));
      rejectName(absolute);
      continue;
    }
    if (document.data === null || typeof document.data !== 'object' || Array.isArray(document.data)) {
      problems.push(fileProblem(file, '項目が「名前: 値」の形で書かれていません。管理画面から保存し直してください。'));
      rejectName(absolute);
      continue;
    }
    const bodyProblem = textProblem(document.body, { lines: true });
    if (bodyProblem) problems.push(fileProblem(file, bodyProblem, 'body', bodyLabel));
    const result = schema.safeParse(document.data, { reportInput: true });
    if (result.success && !bodyProblem) {
      entries.push({ file, data: result.data, body: document.body });
    } else {
      if (!result.success) problems.push(...problemsFromIssues(file, schema, result.error.issues));
      const { slug } = document.data as { slug?: unknown };
      if (typeof slug === 'string') rejectedSlugs?.add(slug);
    }
  }
  return entries;
}

/** The files of each collection under a content root, in a stable order, and what is wrong with the rest. */
export function contentFiles(root: string): {
  files: Record<keyof typeof COLLECTION_DIRS, string[]>;
  problems: ContentProblem[];
} {
  const markdown = { extensions: ['.md'] };
  const listings = {
    hubs: listCollection(root, COLLECTION_DIRS.hubs, markdown),
    months: listCollection(root, COLLECTION_DIRS.months, { extensions: ['.yaml', '.yml'] }),
    pages: listCollection(root, COLLECTION_DIRS.pages, markdown),
    settings: listCollection(root, COLLECTION_DIRS.settings, { name: SETTINGS_FILE }),
  };
  return {
    files: {
      hubs: listings.hubs.files,
      months: listings.months.files,
      pages: listings.pages.files,
      settings: listings.settings.files,
    },
    problems: Object.values(listings).flatMap((listing) => listing.problems),
  };
}

/**
 * Reads every content file: the files that pass their checks, and every problem found. The dev
 * server shows the readable part while staff fix the rest; a build takes loadContent.
 */
export function readContent(root: string = contentRoot()): {
  content: Omit<SiteContent, 'settings'> & { settings: Entry<Settings> | undefined };
  problems: ContentProblem[];
} {
  const dir = (name: string) => path.join(root, name);
  const settingsPath = path.join(dir(COLLECTION_DIRS.settings), SETTINGS_FILE);
  const { files, problems } = contentFiles(root);
  const rejectedHubs = new Set<string>();
  const hubsDir = `${displayPath(dir(COLLECTION_DIRS.hubs))}/`;
  for (const problem of problems) {
    if (problem.file.startsWith(hubsDir)) rejectedHubs.add(path.basename(problem.file, path.extname(problem.file)));
  }
  const hubs = readCollection(files.hubs, hubSchema, parseMarkdownDocument, problems, rejectedHubs, BODY_LABELS.hubs);
  const months = readCollection(files.months, operatingMonthSchema, parseDataDocument, problems);
  const pages = readCollection(files.pages, programPageSchema, parseMarkdownDocument, problems);
  const settings = readCollection(files.settings, settingsSchema, parseDataDocument, problems)[0];
  if (files.settings.length === 0 && !problems.some((problem) => problem.file === displayPath(settingsPath))) {
    problems.push(
      fileProblem(
        displayPath(settingsPath),
        'サイトの設定ファイルがありません。管理画面の「サイトの設定」から保存してください。',
      ),
    );
  }
  if (files.hubs.length === 0) {
    problems.push(
      fileProblem(
        displayPath(dir(COLLECTION_DIRS.hubs)),
        '拠点が1つも登録されていません。CONTENT_DIR の指定を確かめてください。',
      ),
    );
  }
  problems.push(...crossFileProblems({ hubs, months, pages }, rejectedHubs));
  problems.push(...daysDocumentProblems(root, months));
  return { content: { root, hubs, months, pages, settings }, problems };
}

/** Reads and validates every content file; throws ContentError listing every problem found. */
export function loadContent(root: string = contentRoot()): SiteContent {
  const { content, problems } = readContent(root);
  const { settings } = content;
  if (problems.length > 0 || !settings) throw new ContentError(problems);
  return { ...content, settings, documentBytes: daysDocumentBytes(root, content.months) };
}
