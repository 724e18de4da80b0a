import { describe, expect, it } from 'vitest';
import { japaneseFetch, refusalText, UNREACHABLE } from './errorText';

describe('the errors Decap shows after 「保存できませんでした。」', () => {
  it('say in Japanese what to do for each kind of refusal', () => {
    for (const status of [401, 403, 404, 409, 422, 429, 500, 503, undefined]) {
      expect(refusalText(status)).toMatch(/^[^A-Za-z]+$/);
    }
    expect(refusalText(409)).toContain('再読み込み');
    expect(refusalText(401)).toContain('ログインし直して');
  });

  it('turn a request that got no answer into a Japanese sentence', async () => {
    const offline = japaneseFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await offline('http://127.0.0.1:1/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toBe(UNREACHABLE);
  });

  it('leave an aborted request and an answer as they are', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    await expect(japaneseFetch(() => Promise.reject(abort))('http://127.0.0.1:1/')).rejects.toBe(abort);
    const answer = new Response('ok');
    await expect(japaneseFetch(() => Promise.resolve(answer))('http://127.0.0.1:1/')).resolves.toBe(answer);
  });
});
