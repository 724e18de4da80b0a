/**
 * The whole Decap CMS configuration, generated from the content schemas. Nothing here
 * repeats a field by hand: labels, hints, patterns and widgets come from src/schema.
 */
import { BODY_LABELS } from '../src/schema/body';
import { DAYS_DOCUMENT_FOLDER, operatingMonthSchema } from '../src/schema/calendar';
import { hubSchema } from '../src/schema/hub';
import { programPageSchema } from '../src/schema/page';
import { MEDIA_PUBLIC_FOLDER } from '../src/schema/primitives';
import { settingsSchema } from '../src/schema/settings';
import { CALENDAR_SUMMARY } from './calendarLabels';
import { type CmsBackend, type CmsConfig, type CmsField, type CmsFieldOf, customField } from './decap';
import { decapFields } from './fields';
import { fileFormat } from './fileFormats';

/** What varies between a laptop and the deployed site; all of it is public (no secrets). */
interface AdminEnvironment {
  /** 'owner/name' of the GitHub repository; when set, the deployed CMS edits it through GitHub. */
  backendRepo?: string | undefined;
  /** 'github' (the default; needs a repository) or 'git-gateway' (Netlify Identity; no repository). */
  backendName?: 'github' | 'git-gateway' | undefined;
  backendBranch?: string | undefined;
  /** The OAuth provider that hands Decap a GitHub token (e.g. a small Cloudflare/Netlify function). */
  baseUrl?: string | undefined;
  authEndpoint?: string | undefined;
  /** decap-server's API; without it Decap tries http://localhost:8081/api/v1. */
  localBackendUrl?: string | undefined;
  /** `npm run dev -- --workflow`: drafts on local branches through decap-server's git mode. */
  localWorkflow?: boolean | undefined;
  /** The content root inside the repository, as the site reads it (CONTENT_DIR); default 'content'. */
  contentRoot?: string | undefined;
  siteUrl?: string | undefined;
}

export const COLLECTION_NAMES = { hubs: 'hubs', calendars: 'calendars', pages: 'pages', settings: 'settings' } as const;

const BODY_FIELD: CmsFieldOf<'markdown'> = {
  name: 'body',
  label: BODY_LABELS.pages,
  widget: 'markdown',
  required: false,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  modes: ['rich_text', 'raw'],
};

export const NOTICES_WIDGET = 'notices';

/** 「確認してください」: the entry's warnings while editing (admin/noticesWidget.tsx); never saved. */
const NOTICES_FIELD = customField({
  name: 'notices',
  label: '確認してください',
  widget: NOTICES_WIDGET,
  required: false,
});

function trimSlashes(path: string): string {
  return path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}

/** A month's 運営日のお知らせ is content: kept in content/documents, published at /documents/. */
function withDocumentFolder(field: CmsField, root: string): CmsField {
  return field.widget === 'file'
    ? { ...field, media_folder: `/${root}/${DAYS_DOCUMENT_FOLDER}`, public_folder: `/${DAYS_DOCUMENT_FOLDER}` }
    : field;
}

export function decapConfig(environment: AdminEnvironment = {}): CmsConfig {
  const root = trimSlashes(environment.contentRoot || 'content');
  const backendName = environment.backendName ?? 'github';
  // GitHub needs a repository; git-gateway finds it through Netlify.
  const deployed = Boolean(environment.backendRepo) || backendName === 'git-gateway';
  const backend: CmsBackend = deployed
    ? {
        name: backendName,
        ...(environment.backendRepo ? { repo: environment.backendRepo } : {}),
        branch: environment.backendBranch || 'main',
        ...(environment.baseUrl ? { base_url: environment.baseUrl } : {}),
        ...(environment.authEndpoint ? { auth_endpoint: environment.authEndpoint } : {}),
        commit_messages: {
          create: '{{collection}}「{{slug}}」を追加',
          update: '{{collection}}「{{slug}}」を更新',
          delete: '{{collection}}「{{slug}}」を削除',
          uploadMedia: '画像「{{path}}」を追加',
          deleteMedia: '画像「{{path}}」を削除',
        },
      }
    : // Not configured for production: the CMS works only against decap-server on this machine.
      { name: 'git-gateway', branch: environment.backendBranch || 'main' };

  return {
    load_config_file: false,
    locale: 'ja',
    // The login page shows the site's name and the city (src/pages/admin/logo.svg.ts), not Decap's logo.
    logo: { src: '/admin/logo.svg', show_in_header: false },
    backend,
    local_backend: environment.localBackendUrl ? { url: environment.localBackendUrl } : true,
    // Draft → review → publish on the real repository, or locally with `npm run dev -- --workflow`
    // (decap-server's git mode); plain `npm run dev` writes files directly and has no drafts.
    ...(deployed || environment.localWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    ...(environment.siteUrl ? { site_url: environment.siteUrl, display_url: environment.siteUrl } : {}),
    media_folder: `public${MEDIA_PUBLIC_FOLDER}`,
    public_folder: MEDIA_PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: COLLECTION_NAMES.hubs,
        label: '交流拠点',
        label_singular: '交流拠点',
        description:
          '拠点ごとの名前・所在地・電話番号・開所日と時間などです。公開済みの拠点は削除できません(URLとカレンダーの購読を守るためです)。',
        folder: `${root}/hubs`,
        extension: 'md',
        format: fileFormat('hubs'),
        create: true,
        // A hub's page, feed and printed QR code are permanent addresses, and its calendars
        // name it: a hub is never deleted from the CMS (a closed hub is a content change).
        delete: false,
        slug: '{{fields.slug}}',
        identifier_field: 'name',
        summary: '{{name}}',
        sortable_fields: [{ field: 'nameKana', default_sort: 'asc' }, 'slug'],
        fields: [...decapFields(hubSchema), { ...BODY_FIELD, label: BODY_LABELS.hubs }, NOTICES_FIELD],
      },
      {
        name: COLLECTION_NAMES.calendars,
        label: '月ごとの運営カレンダー',
        label_singular: '月ごとの運営カレンダー',
        description:
          '拠点ごと・月ごとに1件です。曜日固定なしの拠点の運営日、臨時休業、祝日などの特別開所を登録します。',
        folder: `${root}/calendars`,
        extension: 'yaml',
        format: fileFormat('calendars'),
        create: true,
        slug: '{{fields.hub}}-{{fields.month}}',
        identifier_field: 'month',
        // 「ふくふくサロン今津 2027年1月」, newest month first; the search finds the hub's name.
        summary: CALENDAR_SUMMARY,
        sortable_fields: [{ field: 'month', default_sort: 'desc' }, 'hub'],
        fields: [...decapFields(operatingMonthSchema).map((field) => withDocumentFolder(field, root)), NOTICES_FIELD],
      },
      {
        name: COLLECTION_NAMES.pages,
        label: '制度の案内ページ',
        label_singular: '案内ページ',
        folder: `${root}/pages`,
        extension: 'md',
        format: fileFormat('pages'),
        create: true,
        slug: '{{fields.slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'title'],
        fields: [...decapFields(programPageSchema), BODY_FIELD, NOTICES_FIELD],
      },
      {
        name: COLLECTION_NAMES.settings,
        label: 'サイトの設定',
        format: fileFormat('settings'),
        files: [
          {
            name: 'site',
            label: 'サイトの設定(サイト名・お問い合わせ先・年末年始)',
            file: `${root}/settings/site.yaml`,
            fields: decapFields(settingsSchema),
          },
        ],
      },
    ],
  };
}
