import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

interface Definition {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  schema?: AnySchema;
}

export interface FieldMeta {
  label?: string;
  hint?: string;
  widget?: string;
  options?: Record<string, string>;
  /** Set by the CMS to today's date (Asia/Tokyo) whenever staff save a real change. */
  savedDate?: boolean;
  /** The text may run over several lines (paragraph() in primitives): a text area in the CMS. */
  lines?: boolean;
}

export function definitionOf(schema: AnySchema): Definition {
  return schema._zod.def as unknown as Definition;
}

export function metaOf(schema: AnySchema): FieldMeta {
  return ((schema as z.ZodType).meta?.() as FieldMeta | undefined) ?? {};
}

/**
 * Strips the wrappers that do not change what a field holds (optional, default,
 * preprocess pipes, refinements), keeping the first label found on the way.
 */
export function unwrap(schema: AnySchema): { core: AnySchema; meta: FieldMeta; optional: boolean } {
  let current = schema;
  let meta: FieldMeta = { ...metaOf(schema) };
  let optional = false;
  for (;;) {
    const def = definitionOf(current);
    const next =
      def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault'
        ? def.innerType
        : def.type === 'pipe'
          ? def.in && definitionOf(def.in).type === 'transform'
            ? def.out
            : def.in
          : undefined;
    if (def.type === 'optional' || def.type === 'default') optional = true;
    if (!next) return { core: current, meta, optional };
    meta = { ...metaOf(next), ...meta };
    current = next;
  }
}

/** The labels of each step of an issue path, e.g. ['開所日と時間', '閉所時刻']. */
export function labelsAlong(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const labels: string[] = [];
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) break;
    const { core } = unwrap(current);
    const def = definitionOf(core);
    if (def.type === 'object' && typeof key === 'string') {
      current = def.shape?.[key];
      const label = current ? unwrap(current).meta.label : undefined;
      labels.push(label ?? key);
    } else if (def.type === 'array' && typeof key === 'number') {
      current = def.element;
      labels.push(`${key + 1}件目`);
    } else {
      labels.push(String(key));
      current = undefined;
    }
  }
  return labels;
}
