/** Puts admin/errorText.ts in place on this page: Decap's backends throw these two kinds of error. */
import { APIError } from 'decap-cms-lib-util';
import { japaneseFetch, refusalText } from './errorText';

export function japaneseErrors(): void {
  APIError.prototype.toString = function (this: APIError) {
    return refusalText(this.status ?? undefined);
  };
  window.fetch = japaneseFetch(window.fetch.bind(window));
}
