import type { Locale } from '../lib/i18n/locales';
import { pageWords } from '../lib/i18n/pageWords';
import { telHref } from '../lib/site/hubFacts';
import type { Settings } from '../schema/settings';
import { InJapanese } from './InJapanese';
import { LocalText } from './LocalText';

/** お問い合わせ先, as the city's pages end. The office's name and address stay as staff wrote them. */
export function ContactBlock({ settings, locale = 'ja' }: { settings: Settings; locale?: Locale }) {
  const { office } = settings;
  const say = pageWords(locale).contact;
  return (
    <section className="contact-block" aria-labelledby="contact-heading">
      <h2 id="contact-heading">
        <LocalText text={say.heading} locale={locale} cut={false} />
      </h2>
      <InJapanese locale={locale}>
        <p className="office">
          {settings.municipality} {office.name}
        </p>
      </InJapanese>
      <InJapanese locale={locale}>
        <p>{office.address}</p>
      </InJapanese>
      <p>
        <LocalText text={say.phone} locale={locale} cut={false} />: <a href={telHref(office.phone)}>{office.phone}</a>
      </p>
      {office.fax ? (
        <p>
          <LocalText text={say.fax} locale={locale} cut={false} />: {office.fax}
        </p>
      ) : null}
      {office.mailForm ? (
        <p>
          <a href={office.mailForm}>
            <LocalText text={say.mailForm} locale={locale} cut={false} />
          </a>
        </p>
      ) : null}
      {settings.cityPage || settings.guide ? (
        <ul className="official-links">
          {settings.cityPage ? (
            <li>
              <a href={settings.cityPage}>
                <LocalText text={say.cityPage(settings.municipality)} locale={locale} cut={false} />
              </a>
            </li>
          ) : null}
          {settings.guide ? (
            <li>
              <InJapanese locale={locale}>
                <a href={settings.guide.url}>{settings.guide.title}</a>
              </InJapanese>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
