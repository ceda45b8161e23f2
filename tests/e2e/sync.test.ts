import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkScreen,
  launchBrowser,
  newPhoneContext,
  waitForServiceWorker,
} from '../helpers/browser';
import { serverRecords } from '../helpers/server-db';

const TEXT = 'Offline geschreven, in de bus';

function serverHasReflection(text: string): boolean {
  return serverRecords(inject('databaseFile'))
    .data('reflection')
    .some((reflection) => reflection.hard === text);
}

describe('backup and restore in Chromium', () => {
  let browser: Browser;
  let first: BrowserContext;
  let page: Page;
  let code: string;
  const base = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    first = await newPhoneContext(browser, 'nl-NL');
    page = await first.newPage();
  });
  afterAll(() => browser.close());

  it('ticks and reflects offline, and the server has it once the phone is online', async () => {
    await page.goto(base);
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Deze week' }).waitFor();
    await waitForServiceWorker(page);
    await first.setOffline(true);
    await page.getByRole('link', { name: /De buren groeten/ }).click();
    await page.getByRole('button', { name: 'Gelukt!' }).click();
    await page.getByLabel('Wat was moeilijk?').fill(TEXT);
    await page.waitForTimeout(3000);
    expect(serverHasReflection(TEXT)).toBe(false);
    await first.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => serverHasReflection(TEXT), { timeout: 30_000 }).toBe(true);
  });

  it('shows the backup state and makes a restore code with a QR code', async () => {
    await page.goto(`${base}/settings`);
    await page.getByText(/Reservekopie gemaakt/).waitFor();
    await page.getByRole('button', { name: 'Herstelcode maken' }).click();
    code = (await page.locator('.code-text').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await page.getByRole('img', { name: 'QR-code met je herstelcode' }).isVisible()).toBe(
      true,
    );
    await checkScreen(page, 'nl-17-backup-code');
  });

  it('restores everything on a second, fresh browser profile with the code', async () => {
    const second = await newPhoneContext(browser, 'nl-NL');
    const other = await second.newPage();
    await other.goto(`${base}/settings`);
    await other.getByLabel('Herstelcode').fill(code.toLowerCase().replace(/-/g, ' '));
    await other.getByRole('button', { name: 'Herstellen' }).click();
    await other
      .getByText('Klaar! Alles uit je reservekopie staat op deze telefoon.')
      .waitFor({ timeout: 30_000 });
    await other.goto(`${base}/progress`);
    await other.getByText(TEXT).waitFor();
    await other.goto(base);
    await other.getByText('Goed gedaan! De opdracht van deze week is klaar.').waitFor();
    await checkScreen(other, 'nl-18-restored-home');
    await second.close();
  });
});
