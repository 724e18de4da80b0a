/**
 * Decap's own types, and the one adapter for where they say `any`.
 *
 * decap-cms-app's index.d.ts exports only the CMS object, typed with decap-cms-core's
 * interfaces; it re-exports none of them by name, and decap-cms-core is its dependency,
 * not ours. So the types are read off the API we call: exactly what CMS.init,
 * registerPreviewTemplate and registerEventListener accept.
 */
import type CMS from 'decap-cms-app';
import { isMap } from 'immutable';
import type { ComponentProps, ComponentType } from 'react';
import { withoutHubName } from './calendarLabels';
import type { Phrases } from './locale';

type Cms = typeof CMS;

export type CmsConfig = NonNullable<Parameters<Cms['init']>[0]>['config'];
export type CmsBackend = CmsConfig['backend'];
type CmsCollection = CmsConfig['collections'][number];
export type CmsField = NonNullable<CmsCollection['fields']>[number];
/** One widget's field type, e.g. `CmsFieldOf<'select'>` (Decap's CmsFieldBase & CmsFieldSelect). */
export type CmsFieldOf<Widget extends string> = Extract<CmsField, { widget: Widget }>;
/** A field shown by a widget registered with CMS.registerWidget (Decap's types list only its own widgets). */
export function registeredWidgetField(field: CmsField, widget: string): CmsField {
  return { ...field, widget } as CmsField;
}
export type CmsEventListener = Parameters<Cms['registerEventListener']>[0];
export type PreviewTemplate = Parameters<Cms['registerPreviewTemplate']>[1];
export type PreviewTemplateComponentProps = ComponentProps<PreviewTemplate>;
/** An entry as previews and event handlers get it (an Immutable.js Map, typed `Map<string, any>`). */
export type CmsEntry = PreviewTemplateComponentProps['entry'];
/** A file format: what a collection's files are parsed from and written to. */
export type CmsFormatter = Parameters<Cms['registerCustomFormat']>[2];
type WidgetControl = Extract<Parameters<Cms['registerWidget']>[1], ComponentType<never>>;
/** A widget's control props; Decap also passes the entry as it was when the field last rendered. */
export type WidgetControlProps = ComponentProps<WidgetControl> & { entry?: CmsEntry };

/**
 * A field of a widget registered with CMS.registerWidget. Decap's types list only its own
 * widgets; such a field is the same base field under another widget name.
 */
export function customField(field: Pick<CmsField, 'name' | 'label' | 'required'> & { widget: string }): CmsField {
  return field as unknown as CmsField;
}

/*
 * The adapter. Decap types an entry's contents and its phrase tables as `any`; these read
 * them as what they are at run time, checked, so nothing untyped leaks into the admin code.
 */

/** The entry's field values as plain data ({} while Decap has none yet), without derived labels. */
export function entryData(entry: CmsEntry): Record<string, unknown> {
  const data: unknown = entry.get('data');
  return isMap(data) ? withoutHubName(data.toJS()) : {};
}

/** The entry's collection name. */
export function entryCollection(entry: CmsEntry): string {
  const collection: unknown = entry.get('collection');
  return typeof collection === 'string' ? collection : '';
}

/** The entry's file in the repository ('' for an entry not saved yet). */
export function entryPath(entry: CmsEntry): string {
  const path: unknown = entry.get('path');
  return typeof path === 'string' ? path : '';
}

/** The file's text as Decap loaded it when the editor opened ('' for a new entry). */
export function entryRaw(entry: CmsEntry): string {
  const raw: unknown = entry.get('raw');
  return typeof raw === 'string' ? raw : '';
}

/** A phrase table as Decap keeps it (nested objects of strings, e.g. CMS.getLocale('ja')). */
export function phrasesOf(table: unknown): Phrases {
  const phrases: Phrases = {};
  if (!table || typeof table !== 'object') return phrases;
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') phrases[key] = value;
    else if (value && typeof value === 'object') phrases[key] = phrasesOf(value);
  }
  return phrases;
}
