import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './support';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
}

/** A Lighthouse run, tried up to three times: on this shared machine a page load now and then times out. */
export async function runLighthouseWithRetries(url: string): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(
        `Lighthouse attempt ${attempt} failed, trying again: ${(error as Error).message}`,
      );
    }
  }
}

/** One Lighthouse run with its default mobile settings (simulated slow 4G, 4× slower CPU). */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const failure = result.lhr.runtimeError;
    if (failure)
      throw new Error(`Lighthouse could not load the page: ${failure.code} ${failure.message}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const failing = Object.values(audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    if (failing.length > 0 && process.env.BENCH_VERBOSE)
      console.log('failing audits:', failing.map((audit) => audit.id).join(', '));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
    };
  } finally {
    await chrome.kill();
  }
}
