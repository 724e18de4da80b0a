import { areaOf, hubPath, telHref } from '../lib/site/hubFacts';
import type { SiteHub } from '../lib/site/site';
import { Phrases } from './Phrases';

/** The hubs as a list of cards: name, area, days and hours in words, phone. */
export function HubList({ hubs, headingLevel = 2 }: { hubs: readonly SiteHub[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="hub-list phrases">
      {hubs.map(({ hub, summary }) => (
        <li key={hub.slug}>
          <Heading>
            <a className="name" href={hubPath(hub)}>
              {hub.name}
            </a>
          </Heading>
          <dl>
            <div>
              <dt>地域</dt>
              <dd>{areaOf(hub)}</dd>
            </div>
            <div>
              <dt>開所日時</dt>
              <dd>
                <Phrases text={summary} />
              </dd>
            </div>
            <div>
              <dt>電話</dt>
              <dd>
                <a href={telHref(hub.phone)}>{hub.phone}</a>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
