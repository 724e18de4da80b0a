import { parse } from 'csv-parse/sync';

/**
 * Reads /opendata/hubs.csv back with csv-parse, a parser independent of the site's own writer
 * (src/lib/outputs/opendata/csv.ts), as strictly as RFC 4180 reads: CRLF between records, quotes
 * only around whole fields, the same number of fields in every record. The UTF-8 byte order
 * mark is dropped (tests that care check the bytes themselves).
 */
export function readCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false });
}
