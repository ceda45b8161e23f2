import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
  waitForServiceWorker,
} from '../helpers/browser';

/** Every page address of the app, each with something that only shows when it really loaded. */
const SCREENS: [path: string, heading: string][] = [
  ['/', 'Deze week'],
  ['/progress', 'Mijn voortgang'],
  ['/packs', 'Pakketten'],
  ['/packs/eerste-stapjes', 'Eerste stapjes'],
  ['/settings', 'Instellingen'],
  ['/p/eerste-stapjes', 'Eerste stapjes'],
  ['/challenge/eerste-stapjes/buren-groeten', 'De buren groeten'],
  ['/een/adres/dat/niet/bestaat', 'Pagina niet gevonden'],
];

describe('after one visit, the app works in airplane mode', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const base = inject('baseUrl');
  const heading = () => page.locator('h1').textContent();

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newPhoneContext(browser, 'nl-NL');
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('installs itself during the first visit, while the learner adds a pack', async () => {
    await page.goto(base);
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Deze week' }).waitFor();
    await waitForServiceWorker(page);
  });

  it('opens every screen offline, and its own page for an unknown address', async () => {
    await context.setOffline(true);
    await page.reload();
    for (const [path, title] of SCREENS) {
      await page.goto(`${base}${path}`);
      await expect.poll(heading, { message: path }).toBe(title);
    }
    await screenshot(page, 'offline-not-found');
    await expectNoAxeViolations(page, 'offline not-found page');
  });

  it('ticks a challenge and keeps a reflection written offline, also after reloading offline', async () => {
    await page.goto(`${base}/challenge/eerste-stapjes/buren-groeten`);
    await page.getByRole('button', { name: 'Gelukt!' }).click();
    await page.getByLabel('Wat was moeilijk?').fill('Geen internet, toch gelukt');
    await page.getByRole('radio', { name: 'Heel goed' }).check({ force: true });
    await page.waitForTimeout(300);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Wat was moeilijk?').inputValue())
      .toBe('Geen internet, toch gelukt');
    await page.goto(`${base}/progress`);
    await page.getByText('Geen internet, toch gelukt').waitFor();
    await page.goto(base);
    await page.getByText('Goed gedaan! De opdracht van deze week is klaar.').waitFor();
  });

  it('switches to another interface language offline', async () => {
    await page.goto(`${base}/settings`);
    await page.getByRole('radio', { name: 'Polski' }).click();
    await expect.poll(heading).toBe('Ustawienia');
    await page.reload();
    await expect.poll(heading).toBe('Ustawienia');
    await context.setOffline(false);
  });
});
