import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  launchBrowser,
  newPhoneContext,
  screenshot,
  waitForServiceWorker,
} from '../helpers/browser';
import { releaseNextVersion, servedCopy } from '../helpers/next-version';
import { startTestServer } from '../helpers/server';

describe('a new version of the app', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let folder: string;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const field = () => page.getByLabel('Wat was moeilijk?');

  beforeAll(async () => {
    folder = servedCopy(inject('distDir'));
    server = await startTestServer({ distDir: folder });
    browser = await launchBrowser();
    context = await newPhoneContext(browser, 'nl-NL');
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('is announced while the learner is writing a reflection, without reloading by itself', async () => {
    await page.goto(server.url);
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.getByRole('link', { name: /De buren groeten/ }).click();
    await page.getByRole('button', { name: 'Gelukt!' }).click();
    await waitForServiceWorker(page);
    await field().pressSequentially('De buurvrouw', { delay: 5 });
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    releaseNextVersion(folder, 'versie-2');
    await page.evaluate(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.getByText('Er is een nieuwe versie van Stapjes.').waitFor({ timeout: 30_000 });
    await screenshot(page, 'update-notice');

    await field().pressSequentially(' praatte snel', { delay: 5 });
    await page.waitForTimeout(1500);
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    expect(await field().inputValue()).toBe('De buurvrouw praatte snel');
  });

  it('switches when the learner taps "refresh", keeps the reflection, and does not loop', async () => {
    await page.getByRole('button', { name: 'Vernieuwen' }).click();
    await page.waitForFunction(
      () => !(window as unknown as { sameDocument?: boolean }).sameDocument,
    );
    await expect.poll(() => field().inputValue()).toBe('De buurvrouw praatte snel');
    expect(await page.content()).toContain('versie-2');
    await page.waitForTimeout(2000);
    expect(await page.getByText('Er is een nieuwe versie van Stapjes.').count()).toBe(0);
  });

  it('leaves no old copies behind in the cache', async () => {
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const pages = cached.filter((path) => path === '/index.html');
    expect(pages).toHaveLength(1);
    expect(new Set(cached).size).toBe(cached.length);
  });
});
