import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

export interface HeadlessChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium's switches for a quiet run on a closed network (Lighthouse adds its own headless mode). */
export const QUIET_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The two screens the site is judged on: a 390 px touch phone and a 1280 px desktop. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
export const SCREENS: [string, BrowserContextOptions][] = [
  ['390 × 844 phone', PHONE],
  ['1280 × 900 desktop', DESKTOP],
];

/** A browser for tests that need several contexts (time zones, JavaScript off). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, args: QUIET_ARGS });
}

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/** Debian's Chromium, quiet on a closed network, with a fresh profile each time. */
export async function launchChromium(options: LaunchOptions = {}): Promise<HeadlessChromium> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kyosei-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    locale: 'ja-JP',
    args: QUIET_ARGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
