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
export function phrasesJa(text: string): string[] {
  if (text === '') return [];
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
