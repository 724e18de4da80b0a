/**
 * Starts Decap CMS at /admin: generated config, Japanese UI, the content schemas as a
 * last check before every save, and previews made of the site's own components.
 */
import {
  DECAP_AUTH_ENDPOINT,
  DECAP_BACKEND_BRANCH,
  DECAP_BACKEND_NAME,
  DECAP_BACKEND_REPO,
  DECAP_BASE_URL,
  DECAP_CONTENT_ROOT,
  DECAP_LOCAL_BACKEND_URL,
  DECAP_LOCAL_WORKFLOW,
  DECAP_PORT,
  DECAP_SITE_URL,
} from 'astro:env/client';
import CMS from 'decap-cms-app';
// Decap keeps entries as Immutable.js maps; the cleaned data must go back in that form.
import { fromJS } from 'immutable';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { decapServerUrl } from '../src/lib/site/localBackend';
import siteCss from '../src/styles/site.css?inline';
import { withHubNames } from './calendarLabels';
import { decapConfig, NOTICES_WIDGET } from './config';
import { type CmsEventListener, entryCollection, entryData, entryPath, entryRaw, phrasesOf } from './decap';
import { reloadOnEntryChange } from './entryNavigation';
import { registerFileFormats } from './fileFormats';
import { japaneseErrors } from './japaneseErrors';
import { hubNames, liveContent, settingsFile } from './liveContent';
import { JAPANESE_ADDITIONS, mergePhrases } from './locale';
import { nameLoginLogo } from './loginLogo';
import { checkMediaUploads } from './media';
import { noticesControl } from './noticesWidget';
import { previewTemplates } from './previews';
import { showPublishStatus } from './publishStatus';
import {
  contentFolders,
  EDITED_ELSEWHERE,
  editConflicts,
  problemsOfSave,
  SITE_CHECK_FAILED,
  storedContent,
  storedFile,
} from './siteCheck';
import { withSavedDate } from './updatedDate';
import { EntryRejected, entryProblems, withoutBlanks } from './validate';
import { registerWidgets } from './widgets/register';

const config = decapConfig({
  backendRepo: DECAP_BACKEND_REPO,
  backendName: DECAP_BACKEND_NAME,
  backendBranch: DECAP_BACKEND_BRANCH,
  baseUrl: DECAP_BASE_URL,
  authEndpoint: DECAP_AUTH_ENDPOINT,
  localBackendUrl: DECAP_LOCAL_BACKEND_URL ?? decapServerUrl(DECAP_PORT),
  localWorkflow: DECAP_LOCAL_WORKFLOW,
  contentRoot: DECAP_CONTENT_ROOT,
  siteUrl: DECAP_SITE_URL,
});

const readFolder = storedContent(config);
const folders = contentFolders(config);
const live = liveContent(readFolder, folders, settingsFile(config));
// The calendars list names each hub: its name is added when a calendar is read, never saved.
registerFileFormats(CMS, { calendars: (format) => withHubNames(format, () => hubNames(live)) });
checkMediaUploads();
japaneseErrors();
CMS.registerLocale('ja', mergePhrases(phrasesOf(CMS.getLocale('ja')), JAPANESE_ADDITIONS));

registerWidgets(CMS.registerWidget);

CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle('.admin-preview { padding: 1rem; max-width: 48rem; margin: 0 auto; }', { raw: true });
for (const [collection, template] of Object.entries(previewTemplates(live))) {
  CMS.registerPreviewTemplate(collection, template);
}
CMS.registerWidget(NOTICES_WIDGET, noticesControl(live));
const readFile = storedFile(config);
const conflicts = readFile ? editConflicts(readFile) : undefined;
const checkBeforeSaving: CmsEventListener = {
  name: 'preSave',
  handler: async ({ entry }) => {
    const data = entryData(entry);
    const collection = entryCollection(entry);
    const problems = entryProblems(collection, data);
    // Throwing stops the save; Decap shows the message in the editor's notice.
    if (problems.length > 0) throw new EntryRejected(problems);
    const cleaned = withoutBlanks(data);
    const path = entryPath(entry);
    if (conflicts) {
      let elsewhere: boolean;
      try {
        elsewhere = await conflicts.changedElsewhere(path, entryRaw(entry));
      } catch {
        throw new EntryRejected([{ field: '', fieldLabel: '', message: SITE_CHECK_FAILED }]);
      }
      if (elsewhere) throw new EntryRejected([{ field: '', fieldLabel: '', message: EDITED_ELSEWHERE }]);
    }
    if (readFolder && folders) {
      let acrossFiles: string[];
      try {
        acrossFiles = await problemsOfSave(readFolder, folders, { collection, path, data: cleaned });
      } catch {
        throw new EntryRejected([{ field: '', fieldLabel: '', message: SITE_CHECK_FAILED }]);
      }
      if (acrossFiles.length > 0)
        throw new EntryRejected(acrossFiles.map((message) => ({ field: '', fieldLabel: '', message })));
    }
    // What the handler returns becomes the entry's data.
    return fromJS(withSavedDate(collection, cleaned, entryRaw(entry), tokyoDateOf(new Date())));
  },
};
CMS.registerEventListener(checkBeforeSaving);
const rememberWhatWasSaved: CmsEventListener = {
  name: 'postSave',
  handler: async ({ entry }) => {
    live.invalidate();
    await conflicts?.saved(entryPath(entry));
  },
};
CMS.registerEventListener(rememberWhatWasSaved);
CMS.registerEventListener({ name: 'postPublish', handler: () => live.invalidate() });

nameLoginLogo(document.title);
reloadOnEntryChange();
// The calendars list names hubs from the live content: wait briefly for it (it is read anyway).
void Promise.race([live.settled(), new Promise((resolve) => setTimeout(resolve, 3000))]).then(() => {
  CMS.init({ config });
  void showPublishStatus(config);
});
