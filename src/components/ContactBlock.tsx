import { telHref } from '../lib/site/hubFacts';
import type { Settings } from '../schema/settings';

/** お問い合わせ先, as the city's pages end. */
export function ContactBlock({ settings }: { settings: Settings }) {
  const { office } = settings;
  return (
    <section className="contact-block" aria-labelledby="contact-heading">
      <h2 id="contact-heading">お問い合わせ先</h2>
      <p className="office">
        {settings.municipality} {office.name}
      </p>
      <p>{office.address}</p>
      <p>
        電話番号: <a href={telHref(office.phone)}>{office.phone}</a>
      </p>
      {office.fax ? <p>ファックス: {office.fax}</p> : null}
      {office.mailForm ? (
        <p>
          <a href={office.mailForm}>お問合せメールフォーム</a>
        </p>
      ) : null}
      {settings.cityPage || settings.guide ? (
        <ul className="official-links">
          {settings.cityPage ? (
            <li>
              <a href={settings.cityPage}>{`${settings.municipality}の公式ページ(共生型地域交流拠点)`}</a>
            </li>
          ) : null}
          {settings.guide ? (
            <li>
              <a href={settings.guide.url}>{settings.guide.title}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
