/** What the /admin/ prebuild (prebuild.ts, its own process) and the integration agree on. */

/** Set on globalThis in the prebuild process, whose Astro config would otherwise ask for a prebuild again. */
export const PREBUILDING = Symbol.for('kyosei.adminBundle.prebuilding');

/** The CMS's start-up module, the one the site's /admin/ page imports. */
export const CMS_ENTRY = 'admin/init.ts';

/** Written next to the bundle's files: its entry's URL path and the project files it was made of. */
export const BUNDLE_FILE = 'bundle.json';

export interface BundleInfo {
  entry: string;
  inputs: string[];
}
