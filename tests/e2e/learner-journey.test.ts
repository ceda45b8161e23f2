import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from '../helpers/browser';

/** What the learner sees and taps, in the language of the journey. */
interface Words {
  languageName: string;
  next: string;
  add: string;
  thisWeek: string;
  firstChallenge: string;
  didIt: string;
  showCard: string;
  close: string;
  hard: string;
  feeling: string;
  progressTab: string;
  packsTab: string;
  settingsTab: string;
}

const JOURNEYS: { language: 'ar' | 'nl'; browserLocale: string; dir: string; words: Words }[] = [
  {
    language: 'ar',
    browserLocale: 'en-US',
    dir: 'rtl',
    words: {
      languageName: 'العربية',
      next: 'التالي',
      add: 'أضف',
      thisWeek: 'هذا الأسبوع',
      firstChallenge: 'ألقِ التحية على جيرانك',
      didIt: 'لقد فعلتها!',
      showCard: 'اعرض هذه البطاقة',
      close: 'إغلاق',
      hard: 'ما الذي كان صعبًا؟',
      feeling: 'جيد',
      progressTab: 'تقدّمي',
      packsTab: 'الحزم',
      settingsTab: 'الإعدادات',
    },
  },
  {
    language: 'nl',
    browserLocale: 'nl-NL',
    dir: 'ltr',
    words: {
      languageName: 'Nederlands',
      next: 'Verder',
      add: 'Toevoegen',
      thisWeek: 'Deze week',
      firstChallenge: 'De buren groeten',
      didIt: 'Gelukt!',
      showCard: 'Laat deze kaart zien',
      close: 'Sluiten',
      hard: 'Wat was moeilijk?',
      feeling: 'Goed',
      progressTab: 'Voortgang',
      packsTab: 'Pakketten',
      settingsTab: 'Instellingen',
    },
  },
];

describe.each(JOURNEYS)('a new learner in $language', ({ language, browserLocale, dir, words }) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const base = inject('baseUrl');
  const shot = (name: string) => checkScreen(page, `${language}-${name}`);

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newPhoneContext(browser, browserLocale);
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('chooses the language on the first screen', async () => {
    await page.goto(base);
    // Choosing redraws the whole screen in the new language, so click rather than check().
    await page.getByRole('radio', { name: words.languageName }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(dir);
    await shot('01-welcome');
  });

  it('sees the pictorial introduction and adds a pack', async () => {
    for (let step = 1; step <= 3; step++) {
      await page.getByRole('button', { name: words.next }).click();
      await shot(`02-intro-${step}`);
    }
    await page.getByRole('button', { name: words.next }).click();
    await page.getByRole('button', { name: words.add }).first().click();
    await page.getByRole('heading', { level: 1, name: words.thisWeek }).waitFor();
    await shot('03-home');
  });

  it("opens this week's challenge, shows the card and ticks it", async () => {
    await page.getByRole('link', { name: new RegExp(words.firstChallenge) }).click();
    await page.getByRole('heading', { level: 1, name: words.firstChallenge }).waitFor();
    await shot('04-challenge');
    await page.getByRole('button', { name: words.showCard }).click();
    await expect.poll(() => page.locator('dialog.show-card').isVisible()).toBe(true);
    await checkScreen(page, `${language}-05-show-card`);
    await page.locator('dialog.show-card').getByRole('button', { name: words.close }).click();
    await page.getByRole('button', { name: words.didIt }).click();
    await page.locator('.faces').waitFor();
  });

  it('writes a reflection that survives closing the app mid-sentence and a reload', async () => {
    await page.getByRole('radio', { name: words.feeling, exact: true }).check({ force: true });
    await page.getByLabel(words.hard).pressSequentially('De bakker praatte snel', { delay: 5 });
    await shot('06-reflection');
    const url = page.url();
    await page.close();
    page = await context.newPage();
    await page.goto(url);
    await expect
      .poll(() => page.getByLabel(words.hard).inputValue())
      .toBe('De bakker praatte snel');
    expect(await page.getByRole('radio', { name: words.feeling, exact: true }).isChecked()).toBe(
      true,
    );
  });

  it('finds everything again after a reload, on every screen', async () => {
    await page.goto(base);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: words.thisWeek }).waitFor();
    await shot('07-home-done');
    await page.getByRole('link', { name: words.progressTab }).click();
    await page.getByText('De bakker praatte snel').waitFor();
    await shot('08-progress');
    await page.getByRole('link', { name: words.packsTab }).click();
    await page.locator('.card').first().waitFor();
    await shot('09-packs');
    await page.locator('.card h3 a').first().click();
    await page.locator('.challenge-statuses').waitFor();
    await shot('10-pack-details');
    await page.getByRole('link', { name: words.settingsTab }).click();
    await shot('11-settings');
    await page.goto(`${base}/p/zorg-en-werk`);
    await page.getByRole('button', { name: words.add }).waitFor();
    await shot('12-pack-preview');
    await page.goto(`${base}/no-such-page`);
    await shot('13-not-found');
  });

  it('stays readable at 200% text size, without sideways scrolling', async () => {
    await page.goto(`${base}/settings`);
    await page.locator('input[name="text-size"]').last().check({ force: true });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.style.fontSize))
      .toBe('200%');
    await shot('14-settings-200');
    await page.goto(base);
    await page.locator('.card').first().waitFor();
    await shot('15-home-200');
    await page.goto(`${base}/progress`);
    await page.getByText('De bakker praatte snel').waitFor();
    await shot('16-progress-200');
  });
});
