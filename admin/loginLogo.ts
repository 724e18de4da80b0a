/**
 * Decap gives the login page's picture (src/pages/admin/logo.svg.ts) the alt text "Logo":
 * screen readers should read the site's name, as the picture shows it.
 */
export function nameLoginLogo(name: string, root: HTMLElement = document.body): void {
  const rename = () => {
    for (const image of root.querySelectorAll<HTMLImageElement>('img[alt="Logo"]')) image.alt = name;
  };
  new MutationObserver(rename).observe(root, { childList: true, subtree: true });
  rename();
}
