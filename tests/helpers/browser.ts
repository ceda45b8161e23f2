import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium';
import { ROOT } from './run-command';

/** Debian's Chromium, headless; a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run .ci/run, or apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** A fresh profile on a 360×740 phone, speaking `locale`. */
export function newPhoneContext(browser: Browser, locale = 'nl-NL'): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    // The app's Content-Security-Policy would block axe-core, which the tests inject.
    bypassCSP: true,
  });
}

const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');

/** Keeps a phone-sized picture of the screen under test-results/ (git-ignored; CI keeps it). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practice) on the page and fails on any violation. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target),
    }));
  });
  expect(violations, `axe on ${screen}`).toEqual([]);
}

/** Interactive things a finger must hit; inline links inside sentences are exempt (WCAG 2.5.8). */
const TARGETS =
  'button, a.button, .nav-bar a, .back-link, .challenge-link, label.choice, label.face, label.checkbox, summary';

/** Every visible touch target on the page is at least 44×44 CSS pixels. */
export async function expectLargeTouchTargets(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.offsetParent !== null && !element.closest('dialog:not([open])'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, TARGETS);
  expect(small, `small touch targets on ${screen}`).toEqual([]);
}

/** Nothing sticks out sideways: the page reflows instead of scrolling horizontally. */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `sideways overflow on ${screen}`).toBeLessThanOrEqual(0);
}

/** The checks every screen gets: axe, touch targets, reflow, and a screenshot to look at. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  await expectNoAxeViolations(page, name);
  await expectLargeTouchTargets(page, name);
  await expectNoSidewaysScroll(page, name);
}

/** Waits until the service worker has installed everything and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolveControl) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolveControl, { once: true }),
    );
  });
}

/** A phone with a real (not incognito) profile in a fresh folder, for checks that need one. */
export async function launchPersistentPhone(locale = 'nl-NL'): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'stapjes-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale,
  });
}
