import { describe, expect, inject, it } from 'vitest';
import { launchPersistentPhone, waitForServiceWorker } from '../helpers/browser';

interface Manifest {
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { sizes: string; purpose?: string; type: string }[];
  shortcuts: { url: string }[];
}

describe('installing Stapjes on the home screen', () => {
  it("passes Chromium's own installability check", async () => {
    const context = await launchPersistentPhone('nl-NL');
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(inject('baseUrl'));
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a manifest with Dutch text, standalone display, 192/512/maskable icons and shortcuts', async () => {
    const manifest = (await (
      await fetch(`${inject('baseUrl')}/manifest.webmanifest`)
    ).json()) as Manifest;
    expect(manifest.short_name).toBe('Stapjes');
    expect(manifest.description).toMatch(/Nederlands/);
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(manifest.shortcuts.map((shortcut) => shortcut.url)).toEqual(['/', '/progress']);
    for (const icon of manifest.icons) {
      const src = (icon as { src?: string }).src ?? '';
      expect((await fetch(`${inject('baseUrl')}${src}`)).status, src).toBe(200);
    }
  });
});
