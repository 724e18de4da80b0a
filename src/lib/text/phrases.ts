import { jaModel, Parser } from 'budoux';

// The plain parser: its HTML processor would pull a DOM implementation into the build for nothing.
const parser = new Parser(jaModel);
const words = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Japanese text cut into phrases (BudouX, Google's segmenter), so that lines can break between
 * phrases and never inside a word: 「祝日・年末年始休み」 stays whole. BudouX alone sometimes cuts a
 * word (今|日開いている); a cut is kept only where the dictionary segmenter also ends a word.
 * Joined again, the phrases are exactly the text.
 */
export function phrasesJa(text: string): readonly string[] {
  if (text === '') return [];
  // A build cuts the same few hundred texts (開所, 休み, hours, summaries) over and over: thousands
  // of hub pages × calendar cells. Remember them, within a bound.
  const known = cache.get(text);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const phrases = cut(text);
  cache.set(text, phrases);
  return phrases;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, readonly string[]>();

function cut(text: string): string[] {
  const wordEnds = new Set([...words.segment(text)].map(({ index, segment }) => index + segment.length));
  const phrases: string[] = [];
  let start = 0;
  let end = 0;
  for (const chunk of parser.parse(text)) {
    end += chunk.length;
    if (wordEnds.has(end)) {
      phrases.push(text.slice(start, end));
      start = end;
    }
  }
  return phrases;
}
