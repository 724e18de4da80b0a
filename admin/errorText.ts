/**
 * Decap shows a failed save or load as its own sentence followed by the error as text
 * ('保存できませんでした。TypeError: Failed to fetch'). These make that text a Japanese sentence
 * that says what happened and what to do, for the two kinds of error Decap's backends throw:
 * a request that never reached the server, and an answer from it that refused the request.
 * (admin/japaneseErrors.ts puts them in place.)
 */
export const UNREACHABLE =
  '保存先のサーバーにつながりませんでした。通信の状態を確かめて、しばらくしてからもう一度お試しください。';

/** What staff can do about an answer with this HTTP status. */
export function refusalText(status: number | undefined): string {
  if (status === 401 || status === 403)
    return 'ログインの期限が切れたか、この操作をする権限がありません。ログインし直してから、もう一度お試しください。';
  if (status === 404) return '保存先が見つかりませんでした。サイトの担当者にご連絡ください。';
  if (status === 409 || status === 422)
    return 'ほかの人の変更と重なりました。ページを再読み込みして最新の内容を表示してから、もう一度お試しください。';
  if (status === 429) return '操作が集中しています。少し待ってから、もう一度お試しください。';
  return '保存先でエラーが起きました。しばらくしてから、もう一度お試しください。続くときはサイトの担当者にご連絡ください。';
}

/** A request that never got an answer (offline, server stopped), as fetch reports it. */
class Unreachable extends TypeError {
  constructor(cause: unknown) {
    super(UNREACHABLE, { cause });
    this.name = 'Unreachable';
  }
  override toString(): string {
    return this.message;
  }
}

/** `fetch`, except that a request that got no answer fails with the Japanese sentence. */
export function japaneseFetch(original: typeof fetch): typeof fetch {
  return (...args) =>
    original(...args).catch((error: unknown) => {
      // fetch rejects with a TypeError only when no answer came (an abort is a DOMException).
      if (error instanceof TypeError) throw new Unreachable(error);
      throw error;
    });
}
