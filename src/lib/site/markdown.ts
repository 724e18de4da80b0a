import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

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
  allowedAttributes: { a: ['href'], th: ['scope'], ol: ['start'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
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
