/**
 * Decap CMS fields generated from the zod content schemas, so the form and the build
 * check the same things. Each schema field carries `.meta({ label, hint, widget, options })`;
 * this walker turns the zod 4 definition plus that meta into a Decap field.
 */
import type { z } from 'astro/zod';
import { definitionOf, unwrap } from '../src/schema/introspect';
import { WEEKDAYS } from '../src/schema/primitives';
import { weekdayNameJa } from '../src/schema/weekdays';
import { type CmsField, type CmsFieldOf, registeredWidgetField } from './decap';
import { CUSTOM_WIDGETS, isCustomWidget } from './widgets/names';

type AnySchema = z.core.$ZodType;

interface CheckDefinition {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
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
  const patterns: Array<[RegExp, string]> = [];
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.pattern instanceof RegExp)
      patterns.push([check.pattern, messageOf(check)]);
  }
  return patterns;
}

function numberLimits(schema: AnySchema): { min?: number; max?: number; int: boolean } {
  const limits: { min?: number; max?: number; int: boolean } = { int: false };
  for (const def of checksOf(schema)) {
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

/** What every field has, whatever its widget. */
type Common = Pick<CmsField, 'name' | 'label' | 'hint' | 'required' | 'pattern'>;

/** The schema's default, when it is one Decap can show in the widget (never an empty list). */
function defaultIf<T>(value: unknown, fits: (value: unknown) => value is T): { default?: T } {
  return fits(value) ? { default: value } : {};
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isNumber = (value: unknown): value is number => typeof value === 'number';

/** One Decap field for one schema field. `parentOptional` relaxes children of an optional object. */
function decapField(name: string, schema: AnySchema, parentOptional = false): CmsField {
  const { core, meta, optional } = unwrap(schema);
  const def = definitionOf(core) as ReturnType<typeof definitionOf> & {
    entries?: Record<string, string>;
  };
  const fallback = defaultOf(schema);
  const label = meta.label ?? name;
  const common: Common = { name, label };
  if (meta.hint) common.hint = meta.hint;
  // A list may be left empty; children of an optional group are checked with the group.
  if (optional || parentOptional || def.type === 'array') common.required = false;
  // A file's path is set by the media library, never typed, and Decap's pattern check refuses
  // even a good one there (measured): the schema checks it before saving (admin/validate.ts).
  if (def.type === 'string' && meta.widget !== 'hub' && meta.widget !== 'file') {
    const [first] = stringPatterns(core);
    if (first) common.pattern = first;
  }
  // Kept by the CMS itself (admin/updatedDate.ts), so staff never have to remember it
  // (before the widgets: it is a date, but no one types it).
  if (meta.savedDate) return { name, label, widget: 'hidden', required: false };

  // Times, dates, months, phone numbers…: this project's widgets (admin/widgets), which
  // read full-width digits the way the schema does. A list of days is the month grid.
  if (isCustomWidget(meta.widget) && def.type !== 'array')
    return registeredWidgetField({ ...common, ...defaultIf(fallback, isString) }, CUSTOM_WIDGETS[meta.widget]);
  switch (meta.widget) {
    case 'weekday':
      return { ...common, widget: 'select', options: WEEKDAY_OPTIONS };
    case 'weekdays':
      return registeredWidgetField(common, CUSTOM_WIDGETS.weekdays);
    case 'hub':
      return {
        ...common,
        widget: 'relation',
        collection: 'hubs',
        value_field: 'slug',
        search_fields: ['name', 'nameKana', 'slug'],
        display_fields: ['name'],
      };
    case 'image':
      return { ...common, widget: 'image', choose_url: false };
    case 'file':
      return { ...common, widget: 'file', choose_url: false };
    default:
      break;
  }

  if (def.type === 'enum' && def.entries) {
    return {
      ...common,
      widget: 'select',
      options: Object.values(def.entries).map((value) => ({ value, label: meta.options?.[value] ?? value })),
      ...defaultIf(fallback, isString),
    };
  }
  if (def.type === 'boolean') return { ...common, widget: 'boolean', ...defaultIf(fallback, isBoolean) };
  if (def.type === 'number') {
    const limits = numberLimits(core);
    const field: CmsFieldOf<'number'> = { ...common, widget: 'number', value_type: limits.int ? 'int' : 'float' };
    if (limits.min !== undefined) field.min = limits.min;
    if (limits.max !== undefined) field.max = limits.max;
    return { ...field, ...defaultIf(fallback, isNumber) };
  }
  if (def.type === 'object' && def.shape) {
    return {
      ...common,
      widget: 'object',
      fields: Object.entries(def.shape).map(([key, child]) => decapField(key, child, optional)),
      ...(optional ? { collapsed: true } : {}),
    };
  }
  if (def.type === 'array' && def.element) {
    const element = unwrap(def.element);
    const elementDef = definitionOf(element.core);
    const list: CmsFieldOf<'list'> = { ...common, widget: 'list' };
    if (element.meta.label) list.label_singular = element.meta.label;
    if (elementDef.type === 'object' && elementDef.shape) {
      list.fields = Object.entries(elementDef.shape).map(([key, child]) => decapField(key, child));
      if ('date' in elementDef.shape) list.summary = '{{fields.date}}';
      else if ('weekday' in elementDef.shape) list.summary = '{{fields.weekday}} {{fields.opens}}〜{{fields.closes}}';
    } else {
      list.field = { ...decapField('item', def.element), label: list.label_singular ?? label };
    }
    return isCustomWidget(meta.widget) ? registeredWidgetField(list, CUSTOM_WIDGETS[meta.widget]) : list;
  }
  // Text that takes lines (paragraph() in primitives) is a textarea; everything else is one line.
  return { ...common, widget: meta.lines ? 'text' : 'string', ...defaultIf(fallback, isString) };
}

/** The fields of an object schema, in schema order. */
export function decapFields(schema: AnySchema): CmsField[] {
  const { core } = unwrap(schema);
  const def = definitionOf(core);
  if (def.type !== 'object' || !def.shape) throw new Error('decapFields needs an object schema');
  return Object.entries(def.shape).map(([key, child]) => decapField(key, child));
}
