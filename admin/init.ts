/**
 * Starts Decap CMS at /admin: generated config, Japanese UI, the content schemas as a
 * last check before every save, and previews made of the site's own components.
 */
import CMS from 'decap-cms-app';
// Decap keeps entries as Immutable.js maps; the cleaned data must go back in that form.
import { fromJS } from 'immutable';
import siteCss from '../src/styles/site.css?inline';
import { decapConfig } from './config';
import { JAPANESE_ADDITIONS, mergePhrases } from './locale';
import { type AdminContext, previewTemplates } from './previews';
import { EntryRejected, entryProblems, withoutBlanks } from './validate';

function readContext(): AdminContext {
  const element = document.getElementById('admin-context');
  try {
    return JSON.parse(element?.textContent ?? '') as AdminContext;
  } catch {
    return { settings: null, hubs: [], months: [] };
  }
}

interface EntryMap {
  get(key: 'collection'): string;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}

const env = import.meta.env;
const config = decapConfig({
  backendRepo: env.DECAP_BACKEND_REPO,
  backendName: env.DECAP_BACKEND_NAME,
  backendBranch: env.DECAP_BACKEND_BRANCH,
  baseUrl: env.DECAP_BASE_URL,
  authEndpoint: env.DECAP_AUTH_ENDPOINT,
  localBackendUrl: env.DECAP_LOCAL_BACKEND_URL,
  contentRoot: env.DECAP_CONTENT_ROOT,
  siteUrl: env.DECAP_SITE_URL,
});

type Phrases = Parameters<typeof mergePhrases>[0];
CMS.registerLocale('ja', mergePhrases((CMS.getLocale('ja') ?? {}) as Phrases, JAPANESE_ADDITIONS) as never);

CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle('.admin-preview { padding: 1rem; max-width: 48rem; margin: 0 auto; }', { raw: true });
const templates = previewTemplates(readContext());
for (const [collection, template] of Object.entries(templates)) {
  CMS.registerPreviewTemplate(collection, template as never);
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: EntryMap }) => {
    const data = entry.get('data').toJS();
    const problems = entryProblems(entry.get('collection'), data);
    // Throwing stops the save; Decap shows the message in the editor's notice.
    if (problems.length > 0) throw new EntryRejected(problems);
    return fromJS(withoutBlanks(data as never));
  },
} as never);

CMS.init({ config: config as never });
