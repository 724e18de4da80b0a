import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileFor } from './server';

/** Every HTML file in a build, as the URL path a visitor uses ('/hubs/', '/404.html'). */
export function htmlPages(root: string, exclude: RegExp = /^\/admin\//): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const relative = `/${path.relative(root, full).split(path.sep).join('/')}`;
        pages.push(relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative);
      }
    }
  };
  walk(root);
  return pages.filter((page) => !exclude.test(page)).sort();
}

export interface BrokenLink {
  page: string;
  url: string;
  problem: string;
}

export interface LinkReport {
  /** Internal href/src references checked (each occurrence counts). */
  checked: number;
  /** Of those, how many carried a #fragment that was checked against the target's ids. */
  fragments: number;
  external: number;
  broken: BrokenLink[];
}

const ATTRIBUTE = /\s(?:href|src|action|poster|data)="([^"]*)"/g;
const ID = /\s(?:id|name)="([^"]*)"/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * Checks every internal reference in the built HTML: the target file exists and, for a #fragment,
 * the target page has that id. Absolute URLs on the site's own origin (canonical, og:url) count too.
 */
export function checkLinks(root: string, siteOrigin: string): LinkReport {
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const html = readFileSync(file, 'utf8');
      ids = new Set([...html.matchAll(ID)].map((match) => decodeEntities(match[1] ?? '')));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const report: LinkReport = { checked: 0, fragments: 0, external: 0, broken: [] };
  for (const page of htmlPages(root, /^$/)) {
    const file = fileFor(root, page);
    if (!file) continue;
    const html = readFileSync(file, 'utf8').replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[1] ?? '');
      if (raw === '' || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const url = new URL(raw, new URL(page, siteOrigin));
      if (url.origin !== siteOrigin) {
        report.external++;
        continue;
      }
      report.checked++;
      const target = fileFor(root, url.pathname);
      if (!target) {
        report.broken.push({ page, url: raw, problem: 'ファイルがありません' });
        continue;
      }
      if (url.hash.length > 1) {
        report.fragments++;
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(fragment)) report.broken.push({ page, url: raw, problem: `#${fragment} がありません` });
      }
    }
  }
  return report;
}
