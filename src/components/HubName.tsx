import type { Locale } from '../lib/i18n/locales';
import type { Hub } from '../schema/hub';
import { Ruby } from './LocalText';

/** A hub's name as on its sign; in やさしい日本語 with the よみがな staff gave it over it. */
export function HubName({ hub, locale }: { hub: Pick<Hub, 'name' | 'nameKana'>; locale: Locale }) {
  return locale === 'easy' ? <Ruby text={`{${hub.name}|${hub.nameKana}}`} /> : hub.name;
}
