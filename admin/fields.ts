/**
 * Decap CMS fields generated from the zod content schemas, so the form and the build
 * check the same things. Each schema field carries `.meta({ label, hint, widget, options })`;
 * this walker turns the zod 4 definition plus that meta into a Decap field.
 */
import type { z } from 'astro/zod';
import { definitionOf, type FieldMeta, unwrap } from '../src/schema/introspect';
import { TIME_PATTERN, WEEKDAYS } from '../src/schema/primitives';
import { weekdayNameJa } from '../src/schema/weekdays';

type AnySchema = z.core.$ZodType;

/** The subset of Decap's field options this site uses. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: false;
  default?: unknown;
  /** A RegExp (not its source) so Unicode-flagged patterns keep their meaning. */
  pattern?: [RegExp, string];
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  date_format?: string | false;
  time_format?: string | false;
  format?: string;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  choose_url?: boolean;
  media_library?: { config: Record<string, unknown> };
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
}

interface CheckDefinition {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  error?: (issue: unknown) => unknown;
}

function checksOf(schema: AnySchema): CheckDefinition[] {
  const checks = (definitionOf(schema) as { checks?: Array<{ _zod: { def: CheckDefinition } }> }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** The Japanese message a check was declared with (zod 4 keeps it as a function). */
function messageOf(check: CheckDefinition): string {
  const message = check.error?.({});
  return typeof message === 'string' ? message : '入力の形が正しくありません。';
}

/** Every regex a string schema enforces, with its message: what Decap's `pattern` mirrors. */
export function stringPatterns(schema: AnySchema): Array<[RegExp, string]> {
  return checksOf(schema)
    .filter((check) => check.check === 'string_format' && check.pattern instanceof RegExp)
    .map((check) => [check.pattern as RegExp, messageOf(check)]);
}

function lengthLimits(schema: AnySchema): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined) min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) max = check.maximum;
  }
  return { min, max };
}

function numberLimits(schema: AnySchema): { min?: number; max?: number; int: boolean } {
  const limits: { min?: number; max?: number; int: boolean } = { int: false };
  for (const check of checksOf(schema)) {
    const def = check as CheckDefinition & { value?: number; format?: string };
    if (def.check === 'greater_than' && def.value !== undefined) limits.min = def.value;
    if (def.check === 'less_than' && def.value !== undefined) limits.max = def.value;
    if (def.check === 'number_format' && def.format?.includes('int')) limits.int = true;
  }
  return limits;
}

function defaultOf(schema: AnySchema): unknown {
  let current = schema;
  for (;;) {
    const def = definitionOf(current) as { type: string; innerType?: AnySchema; defaultValue?: unknown };
    if (def.type === 'default') return def.defaultValue;
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) current = def.innerType;
    else return undefined;
  }
}

const WEEKDAY_OPTIONS = WEEKDAYS.map((day) => ({ value: day, label: weekdayNameJa(day) }));

/** `HH:MM` both in the picker and in the file. */
const TIME_WIDGET = { widget: 'datetime', date_format: false, time_format: 'HH:mm', format: 'HH:mm' } as const;
/** A plain calendar day; no picker_utc, so no timezone shift (see STACK-NOTES). */
const DATE_WIDGET = {
  widget: 'datetime',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  format: 'YYYY-MM-DD',
} as const;

function labelOf(name: string, meta: FieldMeta): string {
  return meta.label ?? name;
}

/** One Decap field for one schema field. `parentOptional` relaxes children of an optional object. */
export function decapField(name: string, schema: AnySchema, parentOptional = false): DecapField {
  const { core, meta, optional } = unwrap(schema);
  const def = definitionOf(core) as ReturnType<typeof definitionOf> & {
    entries?: Record<string, string>;
  };
  const field: DecapField = { name, label: labelOf(name, meta), widget: 'string' };
  if (meta.hint) field.hint = meta.hint;
  const fallback = defaultOf(schema);
  if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0)) field.default = fallback;

  switch (meta.widget) {
    case 'time':
      Object.assign(field, TIME_WIDGET);
      break;
    case 'date':
      Object.assign(field, DATE_WIDGET);
      break;
    case 'weekday':
      Object.assign(field, { widget: 'select', options: WEEKDAY_OPTIONS });
      break;
    case 'weekdays':
      Object.assign(field, { widget: 'select', multiple: true, options: WEEKDAY_OPTIONS });
      break;
    case 'hub':
      Object.assign(field, {
        widget: 'relation',
        collection: 'hubs',
        value_field: 'slug',
        search_fields: ['name', 'nameKana', 'slug'],
        display_fields: ['name'],
      });
      break;
    case 'image':
      Object.assign(field, { widget: 'image', choose_url: false });
      break;
    default:
      break;
  }

  if (!meta.widget || meta.widget === 'month') {
    if (def.type === 'enum' && def.entries) {
      field.widget = 'select';
      field.options = Object.values(def.entries).map((value) => ({ value, label: meta.options?.[value] ?? value }));
    } else if (def.type === 'boolean') {
      field.widget = 'boolean';
    } else if (def.type === 'number') {
      const limits = numberLimits(core);
      Object.assign(field, { widget: 'number', value_type: limits.int ? 'int' : 'float' });
      if (limits.min !== undefined) field.min = limits.min;
      if (limits.max !== undefined) field.max = limits.max;
    } else if (def.type === 'object' && def.shape) {
      field.widget = 'object';
      field.fields = Object.entries(def.shape).map(([key, child]) => decapField(key, child, optional));
      if (optional) field.collapsed = true;
    } else if (def.type === 'array' && def.element) {
      field.widget = 'list';
      const element = unwrap(def.element);
      const elementDef = definitionOf(element.core);
      if (element.meta.label) field.label_singular = element.meta.label;
      if (elementDef.type === 'object' && elementDef.shape) {
        field.fields = Object.entries(elementDef.shape).map(([key, child]) => decapField(key, child));
        if ('date' in elementDef.shape) field.summary = '{{fields.date}}';
        else if ('weekday' in elementDef.shape)
          field.summary = '{{fields.weekday}} {{fields.opens}}〜{{fields.closes}}';
      } else {
        field.field = decapField('item', def.element);
        field.field.label = field.label_singular ?? field.label;
      }
    } else if (def.type === 'string') {
      const { max, min } = lengthLimits(core);
      // Long free text without a minimum is a paragraph (see paragraph() in primitives).
      if (min === 0 && max >= 200) field.widget = 'text';
    }
  }

  if (def.type === 'string' && field.widget !== 'select' && field.widget !== 'relation') {
    const [first] = stringPatterns(core);
    // Decap's datetime widget cannot produce a malformed time; the pattern still guards the file.
    if (first) field.pattern = first;
  }
  if (meta.widget === 'time' && !field.pattern) field.pattern = [TIME_PATTERN, '時刻を選んでください。'];

  const isEmptyList = def.type === 'array';
  if (optional || parentOptional || isEmptyList) field.required = false;
  return field;
}

/** The fields of an object schema, in schema order. */
export function decapFields(schema: AnySchema): DecapField[] {
  const { core } = unwrap(schema);
  const def = definitionOf(core);
  if (def.type !== 'object' || !def.shape) throw new Error('decapFields needs an object schema');
  return Object.entries(def.shape).map(([key, child]) => decapField(key, child));
}
