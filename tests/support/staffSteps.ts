/**
 * Steps of a staff task in the CMS, counted the way a person makes them: every click, every
 * field typed (one field's whole value is one step), option chosen, key pressed and file chosen.
 * Scrolling, reading and waiting are not steps. Screenshots for the staff guide are taken along
 * the way and are not steps either.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What a finished task leaves for docs/staff-guide/steps.json. */
export interface TaskSteps {
  steps: number;
  /** Each step in order, as the locator it acted on: what to look at when a count changes. */
  actions: string[];
}

export class StaffSteps {
  readonly actions: string[] = [];

  constructor(readonly page: Page) {}

  get count(): number {
    return this.actions.length;
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.actions.push(`click ${target}`);
  }

  /** Types a whole value into one field. */
  async fill(target: Locator, value: string): Promise<void> {
    await target.fill(value);
    this.actions.push(`fill ${target} = ${value}`);
  }

  /** Types into the field that has the focus (a list's search box). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.actions.push(`type ${text}`);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.actions.push(`press ${key}`);
  }

  /** Clicks what opens the system's file dialog, then picks the file there: two steps. */
  async chooseFile(opener: Locator, file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.click(opener);
    await (await chooser).setFiles(file);
    this.actions.push(`choose file ${path.basename(file)}`);
  }

  result(): TaskSteps {
    return { steps: this.count, actions: [...this.actions] };
  }
}

/**
 * What a guide screenshot shows: the window (scrolled to `show`), a fixed area of the window,
 * or one element with a margin around it.
 */
export interface ShotFrame {
  show?: Locator;
  area?: { x: number; y: number; width: number; height: number };
  element?: Locator;
}

/**
 * What would make two runs' pictures differ: the caret, a field's focus colour fading in
 * (finished at once), and the moving bars (Decap's loading bar at the top, a notice's
 * countdown bar: hidden).
 */
const STILL = {
  caret: 'hide',
  animations: 'disabled',
  style: 'body > canvas, .Toastify__progress-bar { visibility: hidden !important; }',
} as const;

/** Screenshots for the staff guide, written to `dir` as `<name>.png` on every run. */
export class GuideCamera {
  readonly taken: string[] = [];

  constructor(
    readonly page: Page,
    readonly dir: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  async shoot(name: string, frame: ShotFrame = {}): Promise<void> {
    // In the middle of the window, clear of the 最後の公開 line at the bottom.
    await frame.show?.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await frame.element?.scrollIntoViewIfNeeded();
    const clip = frame.element ? await this.around(frame.element) : frame.area;
    await this.page.screenshot({
      path: path.join(this.dir, `${name}.png`),
      ...STILL,
      // A notice closes when its countdown ends: finishing that at once would close it first.
      ...(frame.element ? { animations: 'allow' as const } : {}),
      ...(clip ? { clip } : {}),
    });
    if (frame.element && !(await frame.element.isVisible()))
      throw new Error(`${frame.element} closed before ${name}.png`);
    this.taken.push(`${name}.png`);
  }

  /** The element's box plus a margin, once it has stopped sliding or fading in. */
  private async around(element: Locator, margin = 16): Promise<ShotFrame['area']> {
    await element.evaluate((node) => Promise.all(node.getAnimations().map((animation) => animation.finished)));
    const box = await element.boundingBox();
    if (!box) throw new Error(`${element} is not on screen`);
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 800 };
    const x = Math.max(0, box.x - margin);
    const y = Math.max(0, box.y - margin);
    return {
      x,
      y,
      width: Math.min(viewport.width, box.x + box.width + margin) - x,
      height: Math.min(viewport.height, box.y + box.height + margin) - y,
    };
  }
}
