/**
 * Decap's Japanese UI leaves some strings in English (notes, list buttons, newer widgets)
 * and words a few messages for developers. These fill and soften them; merged over
 * CMS.getLocale('ja') because registerLocale replaces the whole object.
 */
export const JAPANESE_ADDITIONS = {
  auth: { loginWithForgejo: 'Forgejo でログインする' },
  collection: {
    collectionTop: { viewAsList: '一覧表示', viewAsGrid: 'タイル表示' },
    entries: { unpublishedHeader: '未公開のエントリ' },
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
    editorWidgets: {
      markdown: {
        strikethrough: '取り消し線',
        toggleMode: { rich: 'リッチテキスト表示に切り替える', markdown: 'Markdown 表示に切り替える' },
      },
      image: { chooseMultiple: '画像を選ぶ', addMore: '画像を追加', removeAll: '画像をすべて削除' },
      file: { chooseMultiple: 'ファイルを選ぶ', addMore: 'ファイルを追加', removeAll: 'ファイルをすべて削除' },
      datetime: { setToNow: '%{fieldLabel}を現在の日時にする' },
      list: { add: '%{item}を追加', addType: '%{item}を追加' },
      object: { expand: '開く', collapse: '閉じる' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '閉じる' } },
  ui: {
    settingsDropdown: { account: 'アカウントのメニュー' },
    toast: {
      onFailToPersist: '保存できませんでした。%{details}',
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
