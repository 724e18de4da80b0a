import { Fragment } from 'react';
import { phrasesJa } from '../lib/text/phrases';

/**
 * Short Japanese text with a line-break opportunity (<wbr>) between its phrases. The element
 * around it carries the class `phrases` (site.css), which keeps lines from breaking anywhere else.
 */
export function Phrases({ text }: { text: string }) {
  let offset = 0;
  return phrasesJa(text).map((phrase) => {
    const at = offset;
    offset += phrase.length;
    return (
      <Fragment key={at}>
        {at > 0 ? <wbr /> : null}
        {phrase}
      </Fragment>
    );
  });
}
