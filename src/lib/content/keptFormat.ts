/**
 * Writes a content file back with only what changed: the original text is edited in place
 * (comments, quotes, key order, flow lists kept), so a reviewer's diff shows the real change.
 * Files written from scratch follow the house style of content/.
 */
import { Document, isMap, isScalar, isSeq, type Node, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { renderMarkdown } from '../site/markdown';

type Data = Record<string, unknown>;

/** How content/ files are laid out: 2-space indent, `- ` items indented, no line folding. */
const HOUSE_STYLE = { indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: false } as const;
const CLOCK_TIME = /^\d{1,2}:\d{2}$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

function isPlainObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  return a === b;
}

/** A new node in house style: times quoted like "10:00", lists of plain values on one line. */
function houseNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  const style = (item: unknown): void => {
    if (isScalar(item) && typeof item.value === 'string' && CLOCK_TIME.test(item.value))
      item.type = Scalar.QUOTE_DOUBLE;
    if (isSeq(item)) {
      item.flow = item.items.length > 0 && item.items.every((child) => isScalar(child));
      for (const child of item.items) style(child);
    }
    if (isMap(item)) for (const pair of item.items) style(pair.value);
  };
  style(node);
  return node;
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Where a key missing from the file goes: after the nearest key before it in `order`. */
function insertionIndex(map: YAMLMap, key: string, order: readonly string[]): number {
  const position = order.indexOf(key);
  for (let i = position - 1; i >= 0; i -= 1) {
    const before = map.items.findIndex((pair) => keyName(pair.key) === order[i]);
    if (before !== -1) return before + 1;
  }
  return position === -1 ? map.items.length : 0;
}

function editMap(doc: Document, map: YAMLMap, value: Data, order: readonly string[]): void {
  map.items = map.items.filter((pair) => keyName(pair.key) in value);
  const keys = Object.keys(value);
  const keyOrder = order.length > 0 ? [...order, ...keys.filter((key) => !order.includes(key))] : keys;
  for (const key of keys) {
    const pair = map.items.find((item) => keyName(item.key) === key);
    if (pair) pair.value = edited(doc, pair.value as Node | null, value[key]);
    else map.items.splice(insertionIndex(map, key, keyOrder), 0, doc.createPair(key, houseNode(doc, value[key])));
  }
}

/** Longest common subsequence of equal items: the ones a list edit leaves where they are. */
function unchangedItems(before: readonly unknown[], after: readonly unknown[]): Array<[number, number]> {
  const lengths = before.map(() => after.map(() => 0));
  const at = (i: number, j: number) => (i < before.length && j < after.length ? (lengths[i]?.[j] ?? 0) : 0);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] = sameValue(before[i], after[j]) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (sameValue(before[i], after[j])) pairs.push([i++, j++]);
    else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return pairs;
}

function editSeq(doc: Document, seq: YAMLSeq, value: readonly unknown[]): void {
  const before = seq.items.map((item) => (item as Node | null)?.toJSON() as unknown);
  const items: unknown[] = [];
  let i = 0;
  let j = 0;
  // Between two kept items, changed items are edited in place, then removed or added.
  const kept: Array<[number, number]> = [...unchangedItems(before, value), [before.length, value.length]];
  for (const [keptBefore, keptAfter] of kept) {
    while (j < keptAfter) {
      items.push(i < keptBefore ? edited(doc, seq.items[i++] as Node | null, value[j]) : houseNode(doc, value[j]));
      j += 1;
    }
    i = keptBefore;
    if (keptBefore < before.length) items.push(seq.items[i++]);
    j = keptAfter + 1;
  }
  seq.items = items;
}

/** `node` changed as little as possible to hold `value`. */
function edited(doc: Document, node: Node | null, value: unknown): Node {
  if (node && sameValue(node.toJSON(), value)) return node;
  if (isMap(node) && isPlainObject(value)) {
    editMap(doc, node, value, []);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    editSeq(doc, node, value);
    return node;
  }
  if (isScalar(node) && value !== null && typeof value !== 'object') {
    node.value = value;
    return node;
  }
  return houseNode(doc, value);
}

function yamlText(data: Data, order: readonly string[], original: string | undefined): string {
  if (original !== undefined) {
    const doc = parseDocument(original);
    if (doc.errors.length === 0 && isMap(doc.contents)) {
      if (sameValue(doc.toJSON(), data)) return original;
      editMap(doc, doc.contents, data, order);
      return doc.toString(HOUSE_STYLE);
    }
  }
  const doc = new Document({});
  editMap(doc, doc.contents as YAMLMap, data, order);
  return doc.toString(HOUSE_STYLE);
}

/** The YAML and the Markdown body of a frontmatter file, exactly as written. */
function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/**
 * A file's fields as Decap expects them: the YAML's values, plus `body` for a Markdown file
 * with text after its frontmatter (as Decap's own frontmatter format does).
 */
export function parseEntryFile(text: string, markdown: boolean): Data {
  const parts = markdown ? splitFrontmatter(text) : { yaml: text, body: '' };
  if (!parts) return markdown && text.trim() ? { body: text } : {};
  const doc = parseDocument(parts.yaml);
  if (doc.errors.length > 0) throw new Error(doc.errors.map((error) => error.message).join('\n'));
  const data: unknown = doc.toJSON();
  return { ...(isPlainObject(data) ? data : {}), ...(parts.body.trim() ? { body: parts.body } : {}) };
}

/** Markdown that reads the same on the site (Decap's editor may rewrite `-` as `*`, for one). */
function sameMarkdown(a: string, b: string): boolean {
  return a === b || renderMarkdown(a) === renderMarkdown(b);
}

/** Whether two versions of an entry say the same, its Markdown body compared as the site shows it. */
export function sameEntry(before: Readonly<Data>, after: Readonly<Data>): boolean {
  const { body: bodyBefore = '', ...fieldsBefore } = before;
  const { body: bodyAfter = '', ...fieldsAfter } = after;
  return sameValue(fieldsBefore, fieldsAfter) && sameMarkdown(String(bodyBefore), String(bodyAfter));
}

/** The new body, with every paragraph, list or heading that reads as before kept as it was written. */
function editedBody(original: string, body: string): string {
  if (sameMarkdown(original, body)) return original;
  const keptBlocks = new Map<string, string>();
  for (const block of original.split(/\n{2,}/)) keptBlocks.set(renderMarkdown(block), block);
  const merged = body
    .split(/(\n{2,})/)
    .map((part, index) => (index % 2 === 1 ? part : (keptBlocks.get(renderMarkdown(part)) ?? part)))
    .join('');
  return renderMarkdown(merged) === renderMarkdown(body) ? merged : body;
}

export interface WriteOptions {
  /** Markdown with YAML frontmatter, or plain YAML. */
  markdown: boolean;
  /** Field order for keys the file does not have yet (the collection's fields). */
  order: readonly string[];
  /** The file's text as it was read, when the entry already exists. */
  original?: string | undefined;
}

/** The file text for `data`: the original with only the changed values edited, or a new file. */
export function writeEntryFile(data: Readonly<Data>, options: WriteOptions): string {
  const { markdown, order, original } = options;
  if (!markdown) return yamlText({ ...data }, order, original);
  const { body = '', ...fields } = data;
  const parts = original === undefined ? undefined : splitFrontmatter(original);
  const text = String(body ?? '');
  const frontmatter = yamlText(fields, order, parts?.yaml);
  return `---\n${frontmatter}---\n${parts ? editedBody(parts.body, text) : text}`;
}
