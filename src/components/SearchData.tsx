import type { SearchFacets } from '../lib/outputs/search/facets';
import type { HiddenTerms } from '../lib/outputs/search/terms';

interface Props {
  facets: SearchFacets;
  /** Readings and variants: indexed at low weight, never shown nor read aloud (hidden). */
  hiddenTerms?: HiddenTerms[];
}

/**
 * Metadata, filters and extra search words for Pagefind. The whole block is `hidden`, so screen
 * readers and sighted readers never meet it; Pagefind still indexes hidden text.
 * Values sit in attributes so a colon in an address cannot split a key:value pair.
 */
export function SearchData({ facets, hiddenTerms }: Props) {
  return (
    <div hidden className="search-data">
      {Object.entries(facets.meta).map(([key, value]) => (
        <span key={key} data-pagefind-meta={`${key}[data-value]`} data-value={value} />
      ))}
      {Object.entries(facets.filters).flatMap(([key, values]) =>
        values.map((value) => (
          <span key={`${key}:${value}`} data-pagefind-filter={`${key}[data-value]`} data-value={value} />
        )),
      )}
      {hiddenTerms?.map((block) => (
        <p key={block.weight} data-pagefind-weight={String(block.weight)}>
          {block.text}
        </p>
      ))}
    </div>
  );
}
