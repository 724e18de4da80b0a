import type { Hub } from '../../schema/hub';

/** Facts about a hub derived for display, shared by pages, feeds and data. */

const CORPORATE_KINDS = new Set(['特定非営利活動法人', '社会福祉法人', '一般社団法人']);

/**
 * As the city's list writes them: '特定非営利活動法人なごみ' (the legal form first) and
 * '結cafe運営委員会' (a committee's full name, whether or not staff typed 運営委員会).
 */
export function operatorName(hub: Hub): string {
  const { name, kind } = hub.operator;
  if (kind === '運営委員会') return name.endsWith(kind) ? name : `${name}${kind}`;
  return kind && CORPORATE_KINDS.has(kind) && !name.startsWith(kind) ? `${kind}${name}` : name;
}

/** The town part of a street address: '東鳴尾町2丁目16-19-102' → '東鳴尾町'. */
export function townOf(street: string): string {
  return street.match(/^[^\d０-９]+?(?=[\d０-９]|$)/)?.[0].replace(/丁目$/, '') ?? street;
}

/** Where a hub is, for lists and filters: its district when known, else its town. */
export function areaOf(hub: Hub): string {
  return hub.district ? `${hub.district}地区` : townOf(hub.address.street);
}

export function streetAddress(hub: Hub, municipality: string): string {
  return `${municipality}${hub.address.street}`;
}

export function fullAddress(hub: Hub, municipality: string): string {
  return [streetAddress(hub, municipality), hub.address.building].filter(Boolean).join(' ');
}

/** A map search for the address: we hold no coordinates unless staff add them. */
export function mapSearchUrl(hub: Hub, prefecture: string, municipality: string): string {
  const query = hub.coordinates
    ? `${hub.coordinates.lat},${hub.coordinates.lng}`
    : `${prefecture}${streetAddress(hub, municipality)}`;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

export { telHref } from '../browser/tel';

/**
 * The name a hub's calendar events are known by: the first slug it was published under, so a
 * hub that moved keeps its event UIDs and subscribers see no duplicates.
 */
export function feedIdentity(hub: Pick<Hub, 'slug' | 'formerSlugs'>): string {
  return hub.formerSlugs[0] ?? hub.slug;
}

export function hubPath(hub: Hub): string {
  return `/hubs/${hub.slug}/`;
}
