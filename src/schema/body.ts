/** The Markdown below a file's fields, as the CMS labels it in each collection that has one. */
export const BODY_LABELS = { hubs: '拠点の紹介文', pages: '本文' } as const;
