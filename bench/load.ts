/**
 * `npm run bench:load`: what a learner's phone downloads on the first visit, Lighthouse's
 * mobile scores, and how fast the home screen shows on a repeat visit in airplane mode.
 * Medians of several runs go into docs/performance.md.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  freshBuild,
  kilobytes,
  median,
  serve,
  writeReport,
} from './support';
import { runLighthouseWithRetries, type LighthouseRun } from './lighthouse';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

type Kind = 'html' | 'js' | 'css' | 'other';

function kindOf(type: string, url: string): Kind {
  if (type === 'Document') return 'html';
  if (type === 'Script' || url.endsWith('.js')) return 'js';
  if (type === 'Stylesheet') return 'css';
  return 'other';
}

/** Bytes on the wire (compressed, with headers) per kind, for one cold first visit to "/". */
async function firstVisitBytes(
  context: BrowserContext,
  url: string,
): Promise<Record<Kind, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const kinds = new Map<string, Kind>();
  const totals: Record<Kind, number> = { html: 0, js: 0, css: 0, other: 0 };
  cdp.on('Network.responseReceived', (event) =>
    kinds.set(event.requestId, kindOf(event.type, event.response.url)),
  );
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    totals[kinds.get(event.requestId) ?? 'other'] += event.encodedDataLength;
    if (process.env.BENCH_VERBOSE)
      console.log(`${event.encodedDataLength}\t${urls.get(event.requestId)}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('h1').waitFor();
  await page.close();
  return totals;
}

/** Milliseconds from navigation to the home screen's heading, reloading with no network. */
async function offlineRepeatVisit(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')) {
        (window as unknown as { shownAt: number }).shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await page.locator('h1').waitFor();
  const shownAt = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
  await context.setOffline(false);
  await page.close();
  return shownAt;
}

async function main() {
  const distDir = freshBuild();
  const server = await serve(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const bytes: Record<Kind, number>[] = [];
  const offline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      locale: 'nl-NL',
    });
    bytes.push(await firstVisitBytes(context, server.url));
    offline.push(await offlineRepeatVisit(context, server.url));
    await context.close();
  }
  await browser.close();
  const lighthouse: LighthouseRun[] = [];
  for (let run = 0; run < RUNS; run++) lighthouse.push(await runLighthouseWithRetries(server.url));
  await server.stop();
  await report(bytes, offline, lighthouse);
}

async function report(
  bytes: Record<Kind, number>[],
  offline: number[],
  lighthouse: LighthouseRun[],
) {
  const m = (pick: (value: Record<Kind, number>) => number) => median(bytes.map(pick));
  const jsCss = m((b) => b.js + b.css);
  // The first screen of a new visitor is the welcome (first start) screen at "/".
  const l = (pick: (run: LighthouseRun) => number) => median(lighthouse.map(pick));
  const rows = [
    `Measured ${new Date().toISOString().slice(0, 10)} on this 2-core machine, medians of ${RUNS} runs (\`npm run bench:load\`).`,
    '',
    '| first visit to `/`, transferred (compressed) | median | target |',
    '| --- | --- | --- |',
    `| HTML | ${kilobytes(m((b) => b.html))} KB | |`,
    `| JS | ${kilobytes(m((b) => b.js))} KB | |`,
    `| CSS | ${kilobytes(m((b) => b.css))} KB | |`,
    `| JS + CSS, counting the whole HTML because the stylesheet is inlined there | **${kilobytes(jsCss + m((b) => b.html))} KB** | ≤ 65 KB |`,
    `| other (manifest, icons, catalog) | ${kilobytes(m((b) => b.other))} KB | |`,
    '',
    '| Lighthouse 12.2.3, mobile | median | runs | target |',
    '| --- | --- | --- | --- |',
    `| performance | **${l((r) => r.performance)}** | ${lighthouse.map((r) => r.performance).join(', ')} | 100 |`,
    `| accessibility | ${l((r) => r.accessibility)} | ${lighthouse.map((r) => r.accessibility).join(', ')} | 100 |`,
    `| best practices | ${l((r) => r.bestPractices)} | ${lighthouse.map((r) => r.bestPractices).join(', ')} | 100 |`,
    `| First Contentful Paint | ${l((r) => r.fcp).toFixed(0)} ms | ${lighthouse.map((r) => r.fcp.toFixed(0)).join(', ')} | |`,
    `| Largest Contentful Paint | **${l((r) => r.lcp).toFixed(0)} ms** | ${lighthouse.map((r) => r.lcp.toFixed(0)).join(', ')} | ≤ 1500 ms |`,
    `| Total Blocking Time | ${l((r) => r.tbt).toFixed(0)} ms | ${lighthouse.map((r) => r.tbt.toFixed(0)).join(', ')} | 0 ms |`,
    '',
    '| repeat visit, offline | median | runs | target |',
    '| --- | --- | --- | --- |',
    `| navigation → home screen heading | **${median(offline).toFixed(0)} ms** | ${offline.map((v) => v.toFixed(0)).join(', ')} | < 500 ms |`,
  ];
  const body = rows.join('\n');
  console.log(body);
  await writeReport('bench-load', body);
}

await main();
