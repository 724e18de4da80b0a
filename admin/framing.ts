/**
 * /admin/ never runs inside a frame. On GitHub Pages no header can forbid framing (a <meta> CSP
 * cannot carry frame-ancestors), so another site could frame a logged-in CMS and trick staff into
 * clicks there. Framed, the CMS is not even loaded; staff get a link that opens it on its own.
 */
export function isFramed(view: Window = window): boolean {
  try {
    return view.top !== view.self;
  } catch {
    return true; // a parent that cannot be compared is a parent
  }
}

export function showFramedNotice(page: Document = document): void {
  const notice = page.createElement('main');
  notice.id = 'framed-notice';
  const message = page.createElement('p');
  message.textContent = '安全のため、管理画面はほかのページの中では開けません。';
  const link = page.createElement('a');
  link.href = page.location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = '管理画面を新しいタブで開く';
  const open = page.createElement('p');
  open.append(link);
  notice.append(message, open);
  page.body.append(notice);
}
