/**
 * Decap's Japanese UI leaves some strings in English (notes, list buttons, newer widgets) and
 * speaks like a developer elsewhere (エントリ, コレクション, マークダウン, バックエンド). These say
 * the same in words council staff use; merged over CMS.getLocale('ja') because registerLocale
 * replaces the whole object. An entry is 「内容」 (a hub, a month's calendar or a page).
 */
export const JAPANESE_ADDITIONS = {
  auth: {
    loginWithForgejo: 'Forgejo でログインする',
    errors: { identitySettings: 'ログインの設定を読み込めませんでした。サイトの担当者にご連絡ください。' },
  },
  app: {
    header: { workflow: '下書きと公開', media: '画像' },
    app: { waitingBackend: '保存先につないでいます…' },
  },
  collection: {
    sidebar: { collections: '編集する内容', allCollections: 'すべての内容' },
    collectionTop: {
      sortBy: '並べ替え',
      viewAs: '表示',
      viewAsList: '一覧表示',
      viewAsGrid: 'タイル表示',
      newButtonAriaLabel: '%{collectionLabel}を新しく作る',
      groupBy: 'まとめて表示',
    },
    entries: {
      loadingEntries: '一覧を読み込んでいます…',
      cachingEntries: '一覧を準備しています…',
      noEntries: 'まだ登録されていません',
      unpublishedHeader: '未公開の下書き',
    },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}の入力欄' } },
    editorControlPane: {
      widget: {
        // The pattern's own message (from the content schema) already says what to type.
        regexPattern: '%{pattern}',
      },
      i18n: {
        copyFromLocale: 'ほかの言語から入力する',
        copyFromLocaleConfirm: '%{locale} の内容で入力しますか?\n今の内容はすべて上書きされます。',
      },
    },
    editor: {
      onPublishing: 'この内容を公開しますか?',
      onUnpublishing: 'この内容の公開を取り消しますか?サイトに表示されなくなります。',
      onDeleteWithUnsavedChanges: '保存していない変更も消えます。公開中のこの内容を削除しますか?サイトからも消えます。',
      onDeletePublishedEntry: '公開中のこの内容を削除しますか?サイトからも消えます。',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        '保存していない変更も消えます。まだ公開していない変更を取り消しますか?',
      onDeleteUnpublishedChanges: 'まだ公開していない変更を取り消しますか?公開中の内容はそのまま残ります。',
      loadingEntry: '読み込んでいます…',
      confirmLoadBackup: '保存する前の入力内容が、このブラウザーに残っています。その内容を使いますか?',
    },
    editorInterface: { toggleNotes: 'メモの表示を切り替える' },
    editorNotesPane: {
      title: 'メモ',
      emptyState: 'メモはまだありません。下の欄から最初のメモを追加できます。',
      addNote: 'メモを追加',
      addPlaceholder: 'メモを入力…',
      editPlaceholder: 'メモを編集…',
      save: '保存',
      cancel: 'キャンセル',
      edit: '編集',
      delete: '削除',
      resolve: '解決済みにする',
      unresolve: '未解決に戻す',
      confirmDelete: 'このメモを削除しますか?',
      shortcut: 'Ctrl+Enter でもメモを追加できます',
    },
    editorToolbar: {
      unpublish: '公開を取り消す',
      unpublishing: '公開を取り消しています…',
      deleteUnpublishedChanges: '公開前の変更を取り消す',
      // Decap shows this one also on a published entry with unsaved changes, where it deletes the entry.
      deleteUnpublishedEntry: '削除する',
      deletePublishedEntry: '削除する',
      deleteEntry: '削除する',
      statusInfoTooltipDraft: 'いまは「下書き」です。確認してもらうときは、状態を「レビュー中」にします。',
      statusInfoTooltipInReview: 'いまは「レビュー中」です。確認を待つあいだも、内容を直すことができます。',
      status: '状態: %{status}',
      // Decap shows this one phrase for a new entry and an existing one alike.
      backCollection: '%{collectionLabel}を編集中',
      deployPreviewPendingButtonLabel: 'サイトでの表示を確かめる',
      deployPreviewButtonLabel: 'サイトでの表示を見る',
      deployButtonLabel: '公開中のページを見る',
    },
    editorWidgets: {
      markdown: {
        strikethrough: '取り消し線',
        addComponent: '部品を追加',
        richText: '見たまま編集',
        markdown: '記号で編集',
        toggleMode: { rich: '見たまま編集に切り替える', markdown: '記号で編集に切り替える' },
      },
      image: { chooseMultiple: '画像を選ぶ', addMore: '画像を追加', removeAll: '画像をすべて削除' },
      file: { chooseMultiple: 'ファイルを選ぶ', addMore: 'ファイルを追加', removeAll: 'ファイルをすべて削除' },
      // The CMS's dates are plain days (time fields hide this button: src/pages/admin/index.astro).
      datetime: { now: '今日', setToNow: '%{fieldLabel}を今日にする', clear: '空欄にする' },
      list: { add: '%{item}を追加', addType: '%{item}を追加' },
      object: { expand: '開く', collapse: '閉じる' },
    },
  },
  mediaLibrary: {
    mediaLibrary: { onDelete: '選んだ画像を削除しますか?' },
    mediaLibraryModal: {
      close: '閉じる',
      noResults: '見つかりませんでした。',
      noAssetsFound: 'まだ画像がありません。',
      noImagesFound: 'まだ画像がありません。',
      mediaAssets: '画像',
    },
  },
  ui: {
    errorBoundary: {
      reportIt: '不具合を報告する(英語のサイトが開きます)',
      recoveredEntry: { heading: '入力していた内容' },
    },
    settingsDropdown: { account: 'アカウントのメニュー' },
    toast: {
      onFailToLoadEntries: '一覧を読み込めませんでした。%{details}',
      onFailToPersist: '保存できませんでした。%{details}',
      onFailToDelete: '削除できませんでした。%{details}',
      onFailToUpdateStatus: '状態を変えられませんでした。%{details}',
      onFailToPublishEntry: '公開できませんでした。%{details}',
      onFailToUnpublishEntry: '公開を取り消せませんでした。%{details}',
      entryUpdated: '状態を変えました。',
      onBackendDown: '保存先に一時的につながりません。しばらくしてから、もう一度お試しください。%{details}',
      noteAdded: 'メモを追加しました',
      onFailToAddNote: 'メモを追加できませんでした: %{details}',
      noteUpdated: 'メモを更新しました',
      onFailToUpdateNote: 'メモを更新できませんでした: %{details}',
      noteDeleted: 'メモを削除しました',
      onFailToDeleteNote: 'メモを削除できませんでした: %{details}',
      noteResolved: 'メモを解決済みにしました',
      noteReopened: 'メモを未解決に戻しました',
      onFailToToggleNote: 'メモの状態を変更できませんでした: %{details}',
    },
  },
  workflow: {
    workflow: { loading: '下書きを読み込んでいます…', workflowHeading: '下書きと公開' },
    workflowCard: { deleteNewEntry: '下書きを削除', publishNewEntry: '公開する' },
    workflowList: {
      onDeleteEntry: 'この下書きを削除しますか?',
      onPublishingNotReadyEntry:
        '公開できるのは「準備完了」の列にあるものだけです。カードを「準備完了」に移してから公開してください。',
      onPublishEntry: 'この内容を公開しますか?',
      currentEntries: '%{smart_count}件',
    },
  },
};

/** Decap's phrase tables: nested objects of strings, with %{placeholders}. */
export type Phrases = { [key: string]: string | Phrases };

/** Deep merge: `additions` win, everything else in `base` is kept. */
export function mergePhrases(base: Phrases, additions: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(additions)) {
    const existing = merged[key];
    merged[key] = typeof value === 'object' && typeof existing === 'object' ? mergePhrases(existing, value) : value;
  }
  return merged;
}
