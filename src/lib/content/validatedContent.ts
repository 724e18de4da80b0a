import type { SiteContent } from './load';

// The build's content guard has just read and validated every file at build start; the pages
// reuse that instead of reading it all again (half the content cost at thousands of hubs).
// Same process, different module instances (config loader vs the bundled pages), hence a
// global slot. Taken once, so anything asking later reads the files afresh.
const VALIDATED = Symbol.for('kyosei.validatedContent');
type ValidatedSlot = { [VALIDATED]?: SiteContent | undefined };

/** Called by the content guard with what it validated. */
export function handOverValidatedContent(content: SiteContent): void {
  (globalThis as ValidatedSlot)[VALIDATED] = content;
}

/** The validated content for `root`, once; undefined when none was handed over for it. */
export function takeValidatedContent(root: string): SiteContent | undefined {
  const slot = globalThis as ValidatedSlot;
  const content = slot[VALIDATED];
  slot[VALIDATED] = undefined;
  return content?.root === root ? content : undefined;
}
