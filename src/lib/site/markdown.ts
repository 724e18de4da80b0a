import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href'], th: ['scope'], ol: ['start'] };
const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/** What staff may write as raw HTML inside Markdown; everything else is dropped. */
const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
    'code',
    'pre',
    'hr',
    'ruby',
    'rt',
    'rp',
    'small',
  ],
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ALLOWED_SCHEMES,
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/**
 * Markdown to safe HTML. Headings start at h2 because the page title is the h1;
 * staff who write '# ' get an h2 rather than a second h1.
 */
export function renderMarkdown(source: string): string {
  const html = markdown.render(source).replace(/<(\/?)h1>/g, '<$1h2>');
  return sanitizeHtml(html, SAFE_HTML);
}

const allowedTags = new Set(SAFE_HTML.allowedTags || []);

function linkDropped(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  if (scheme) return !ALLOWED_SCHEMES.includes(scheme);
  return href.trim().startsWith('//');
}

/**
 * What renderMarkdown will leave out of this Markdown, in words for staff, one line per kind
 * (「<iframe> は表示されません。」): the same allow-list, so the editor can say it before saving.
 */
export function removedHtml(source: string): string[] {
  const removed = new Set<string>();
  const html = markdown.render(source).replace(/<(\/?)h1>/g, '<$1h2>');
  sanitizeHtml(html, {
    ...SAFE_HTML,
    onOpenTag: (name, attributes) => {
      if (!allowedTags.has(name)) {
        removed.add(`<${name}> は表示されません。`);
        return;
      }
      for (const attribute of Object.keys(attributes)) {
        if (!ALLOWED_ATTRIBUTES[name]?.includes(attribute))
          removed.add(`<${name}> の「${attribute}」の指定は取り除かれます。`);
      }
      const href = attributes.href;
      if (name === 'a' && href !== undefined && linkDropped(href))
        removed.add(`リンク先「${href}」は使えないため、リンクになりません。`);
    },
  });
  return [...removed];
}
