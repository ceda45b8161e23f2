import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkScreen,
  launchBrowser,
  newPhoneContext,
  waitForServiceWorker,
} from '../helpers/browser';
import { blur, decodeQr, rasterize } from '../helpers/qr-image';
import { tempDir } from '../helpers/server';

describe('posters and the addresses they print', () => {
  let browser: Browser;
  const base = inject('baseUrl');
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows a poster in the app whose QR code, on screen, on A4 paper seen from afar and on A3 paper, opens the pack', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 1300 },
      locale: 'nl-NL',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${base}/posters?pack=zorg-en-werk`);
    const poster = page.locator('.poster');
    await poster.waitFor();
    await page.getByRole('img', { name: /QR-code naar/ }).waitFor();
    const folder = tempDir('stapjes-poster-page-');
    await poster.screenshot({ path: join(folder, 'poster.png') });
    expect(decodeQr(join(folder, 'poster.png'))).toBe(`${base}/p/zorg-en-werk`);
    await checkScreen(page, 'nl-36-poster-page');

    await page.emulateMedia({ media: 'print' });
    const a4 = join(folder, 'poster-a4.pdf');
    writeFileSync(a4, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(execFileSync('pdfinfo', [a4], { encoding: 'utf8' })).toMatch(/\(A4\)/);
    // What a phone sees from two metres: the printed code about 120 px wide, slightly blurred.
    const small = rasterize(a4, 34, join(folder, 'poster-a4-small'));
    expect(decodeQr(blur(small, join(folder, 'poster-a4-blurred.png')))).toBe(
      `${base}/p/zorg-en-werk`,
    );

    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: 'A3' }).check({ force: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(folder, 'poster-a3.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/\(A3\)/);
    expect(decodeQr(rasterize(pdf, 60, join(folder, 'poster-a3')))).toBe(`${base}/p/zorg-en-werk`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '30',
      '-singlefile',
      pdf,
      join(process.cwd(), 'test-results/screenshots/poster-page-a3'),
    ]);
    await context.close();
  });

  it('shows the poster page on a phone in Arabic, the poster itself in Dutch', async () => {
    const context = await newPhoneContext(browser, 'ar-SY');
    const page = await context.newPage();
    await page.goto(`${base}/posters?pack=eerste-stapjes`);
    await page.getByRole('heading', { level: 1, name: 'ملصقات' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Eerste stapjes' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.poster').getAttribute('dir')).toBe('ltr');
    await checkScreen(page, 'ar-38-poster-page');
    await context.close();
  });

  it("opens the pack from the poster's address on a phone that never saw the app; one tap adds it; then it works offline", async () => {
    const context = await newPhoneContext(browser, 'ar-SY');
    const page = await context.newPage();
    await page.goto(`${base}/p/eerste-stapjes`);
    await page.getByRole('heading', { level: 1, name: 'الخطوات الأولى' }).waitFor();
    await checkScreen(page, 'ar-37-poster-link-preview');
    const addButtons = page.getByRole('button', { name: 'أضف' });
    expect(await addButtons.count()).toBe(1);
    await addButtons.click();
    await page.getByRole('heading', { level: 1, name: 'هذا الأسبوع' }).waitFor();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: /ألقِ التحية على جيرانك/ }).waitFor();
    await page.goto(`${base}/p/eerste-stapjes`);
    await page.getByRole('heading', { level: 1, name: 'الخطوات الأولى' }).waitFor();
    await context.close();
  });
});
