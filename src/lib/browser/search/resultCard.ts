import { telHref } from '../tel';
import { META } from './labels';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/**
 * One search result. Hubs show what residents need (address, days and hours, phone as a link to
 * call) instead of an excerpt, which could otherwise quote the hidden readings; program pages
 * show the excerpt. Asked about the year end, a hub's year-end answer comes first.
 * Pagefind's excerpt is escaped text with <mark> around the hits; everything else is textContent.
 */
export function resultCard(data: ResultData, doc: Document, options: { yearEnd?: boolean } = {}): HTMLLIElement {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const item = make('li', 'pf-result');
  const card = make('div', 'pf-result-card');
  const content = make('div', 'pf-result-content');
  const title = make('p', 'pf-result-title');
  const link = make('a', 'pf-result-link', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  content.append(title);
  const keys = options.yearEnd
    ? [META.yearEnd, META.address, META.hours, META.phone]
    : [META.address, META.hours, META.phone];
  const facts = keys.filter((key) => data.meta[key]);
  if (facts.length > 0) {
    const list = make('dl', 'search-result-facts');
    for (const key of facts) {
      const value = data.meta[key] ?? '';
      const row = make('div');
      const answer = make('dd', undefined, key === META.phone ? undefined : value);
      if (key === META.phone) {
        const call = make('a', 'search-result-tel', value);
        call.href = telHref(value);
        answer.append(call);
      }
      row.append(make('dt', undefined, key), answer);
      list.append(row);
    }
    content.append(list);
  } else if (data.excerpt) {
    const excerpt = make('p', 'pf-result-excerpt');
    excerpt.innerHTML = data.excerpt;
    content.append(excerpt);
  }
  card.append(content);
  item.append(card);
  return item;
}
