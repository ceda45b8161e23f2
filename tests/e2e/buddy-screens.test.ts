import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from '../helpers/browser';

describe.each(['nl-NL', 'ar-SY'])("the buddy's and the booklet's screens in %s", (locale) => {
  let browser: Browser;
  let page: Page;
  const tag = locale.slice(0, 2);
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newPhoneContext(browser, locale)).newPage();
  });
  afterAll(() => browser.close());

  it('pass axe, touch-target and reflow checks', async () => {
    const base = inject('baseUrl');
    for (const [path, name, ready] of [
      ['/buddy', '30-buddy-guide', '.card'],
      ['/buddy/eerste-stapjes', '31-buddy-pack', '.buddy-challenge'],
      ['/buddy/tips', '32-buddy-tips', '.buddy-tip'],
      ['/intake', '33-intake', '.choice-picture'],
      ['/plan', '34-plan', '.plan-sheet'],
      ['/challenge/eerste-stapjes/product-vragen-supermarkt', '35-outing', '.outing'],
    ] as const) {
      await page.goto(`${base}${path}`);
      if (path.startsWith('/challenge')) {
        // A challenge is only on a phone that has its pack: add it from its poster address first.
        await page.goto(`${base}/p/eerste-stapjes`);
        await page.locator('.button-huge').click();
        // Adding ends on this week's screen: only then is the pack stored.
        await page.locator('.challenge-link-current').waitFor();
        await page.goto(`${base}${path}`);
      }
      await page.locator(ready).first().waitFor();
      await checkScreen(page, `${tag}-${name}`);
    }
  });
});
