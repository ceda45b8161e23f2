import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
} from '../helpers/browser';

describe('the app shell in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('speaks Dutch to a Dutch browser', async () => {
    const page = await (await newPhoneContext(browser, 'nl-NL')).newPage();
    await page.goto(inject('baseUrl'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Stapjes');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await screenshot(page, 'shell-nl');
    await expectNoAxeViolations(page, 'shell (nl)');
  });

  it('speaks Arabic, right to left, to an Arabic browser', async () => {
    const page = await (await newPhoneContext(browser, 'ar-SY')).newPage();
    await page.goto(inject('baseUrl'));
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await screenshot(page, 'shell-ar');
    await expectNoAxeViolations(page, 'shell (ar)');
  });
});
