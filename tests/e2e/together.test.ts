import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from '../helpers/browser';
import { ROOT } from '../helpers/run-command';
import { tempDir } from '../helpers/server';

type Messages = Record<string, unknown>;
const uk = JSON.parse(readFileSync(resolve(ROOT, 'src/i18n/locales/uk.json'), 'utf8')) as Messages;
const nl = JSON.parse(readFileSync(resolve(ROOT, 'src/i18n/locales/nl.json'), 'utf8')) as Messages;
/** A Ukrainian interface text, looked up by key, so the test follows the translation. */
const say = (messages: Messages, key: string): string =>
  String(key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], messages));

const REFLECTION = 'Сусідка говорила дуже швидко';

async function startLearner(page: Page, messages: Messages) {
  await page.goto(inject('baseUrl'));
  for (let step = 0; step < 4; step++)
    await page.getByRole('button', { name: say(messages, 'common.next') }).click();
  await page
    .getByRole('button', { name: say(messages, 'packs.add') })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: say(messages, 'home.title') }).waitFor();
}

describe('a buddy runs a session together, the interface in Ukrainian, the content in Dutch', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newPhoneContext(browser, 'uk-UA')).newPage();
  });
  afterAll(() => browser.close());

  it("prepares: last week's challenge done with a reflection, this week's challenge open", async () => {
    await startLearner(page, uk);
    await page.getByRole('link', { name: /De buren groeten/ }).click();
    await page.getByRole('button', { name: say(uk, 'challenge.didIt') }).click();
    await page.getByLabel(say(uk, 'reflection.hard')).fill(REFLECTION);
    await page.getByText(say(uk, 'reflection.saved')).waitFor();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: say(uk, 'home.openNextEarly') }).click();
    await page.getByRole('link', { name: say(uk, 'home.practiseTogether') }).click();
  });

  it('looks back, showing the reflection only after the learner chooses to', async () => {
    await page
      .getByRole('heading', { level: 1, name: say(uk, 'together.step.lookBack') })
      .waitFor();
    expect(await page.getByText(REFLECTION).count()).toBe(0);
    await checkScreen(page, 'uk-20-together-look-back');
    await page.getByRole('button', { name: say(uk, 'together.showReflection') }).click();
    await page.getByText(REFLECTION).waitFor();
  });

  it('goes through the situation, the sentences and the role-play, in Dutch', async () => {
    await page.getByRole('button', { name: say(uk, 'common.next') }).click();
    await page.getByText('Je gaat naar de bakker.', { exact: false }).waitFor();
    await checkScreen(page, 'uk-21-together-situation');
    await page.getByRole('button', { name: say(uk, 'common.next') }).click();
    await page
      .getByRole('checkbox', { name: say(uk, 'together.saidIt') })
      .first()
      .check();
    await checkScreen(page, 'uk-22-together-phrases');
    await page.getByRole('button', { name: say(uk, 'common.next') }).click();
    await page.getByText('Goedemorgen! Zegt u het maar.').waitFor();
    await page.getByRole('button', { name: say(uk, 'together.swapRoles') }).click();
    await checkScreen(page, 'uk-23-together-role-play');
  });

  it('agrees a day and a place, and shows them on the home screen', async () => {
    await page.getByRole('button', { name: say(uk, 'common.next') }).click();
    await page.getByLabel(say(uk, 'together.whichDay')).fill('2099-03-17');
    await page.getByLabel(say(uk, 'together.wherePlace')).fill('Bakkerij De Zon');
    await page.getByRole('button', { name: say(uk, 'together.saveAgreement') }).click();
    await page.getByText(say(uk, 'together.agreementSaved')).waitFor();
    await checkScreen(page, 'uk-24-together-agree');
    await page.getByRole('button', { name: say(uk, 'common.next') }).click();
    await checkScreen(page, 'uk-25-together-tips');
    await page.getByRole('link', { name: say(uk, 'together.finish') }).click();
    await page.getByText('Bakkerij De Zon').waitFor();
    expect(await page.locator('.appointment').textContent()).toMatch(/17 березня/);
    await checkScreen(page, 'uk-26-home-agreed');
  });
});

describe('the learning plan on paper', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("prints to one A4 page with the plan's goals, in Dutch and the learner's language", async () => {
    const page = await (await newPhoneContext(browser, 'ar-SY')).newPage();
    const ar = JSON.parse(
      readFileSync(resolve(ROOT, 'src/i18n/locales/ar.json'), 'utf8'),
    ) as Messages;
    await startLearner(page, ar);
    await page.goto(`${inject('baseUrl')}/plan`);
    const goals = ['Zelf de huisarts bellen', 'Op het werk een praatje maken', 'Met de juf praten'];
    for (const [index, goal] of goals.entries())
      await page
        .getByLabel(say(ar, 'plan.goalNumber').replace('{{number}}', String(index + 1)))
        .fill(goal);
    await page
      .getByRole('button', { name: /الخطوات الأولى|Eerste stapjes/ })
      .first()
      .click();
    await page
      .getByRole('radio', { name: say(ar, 'plan.rhythm.weekly'), exact: true })
      .check({ force: true });
    await page.getByLabel(say(ar, 'plan.buddyExpects')).fill('Op tijd afzeggen als het niet lukt');
    await page.waitForTimeout(300);
    await checkScreen(page, 'ar-27-plan');
    await page.emulateMedia({ media: 'print' });
    const file = join(tempDir('stapjes-plan-'), 'leerplan.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const goal of goals) expect(text).toContain(goal);
    expect(text).toContain(say(nl, 'plan.sheetTitle'));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      file,
      resolve(ROOT, 'test-results/screenshots/plan-a4'),
    ]);
  });
});
