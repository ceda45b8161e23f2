import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakePackServer } from '../helpers/fake-server';
import { makePack } from '../helpers/make-pack';
import { renderApp } from '../helpers/render-app';

/** The library's server, also answering /api/config with its public address and name. */
function libraryServer(config: { publicBaseUrl: string | null; libraryName: string | null }) {
  const state = fakePackServer({ kapot: makePack({ id: 'kapot', version: 'twee' }) });
  const answerPacks = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input) === '/api/config' && !state.offline
      ? Promise.resolve(new Response(JSON.stringify(config), { status: 200 }))
      : answerPacks(input, init);
  return state;
}

const poster = () => screen.findByRole('article');

describe('the poster page', () => {
  it("shows the chosen pack's poster in Dutch with its challenges, QR code and short link", async () => {
    libraryServer({ publicBaseUrl: 'https://stapjes.example.nl', libraryName: 'Bieb Westland' });
    await renderApp('/posters?pack=zorg-en-werk', 'en');
    const sheet = within(await poster());
    expect(await sheet.findByRole('heading', { level: 2, name: 'Zorg en werk' })).toBeTruthy();
    expect(sheet.getByText('Bieb Westland')).toBeTruthy();
    expect(sheet.getByText('Een vraag stellen bij de apotheek')).toBeTruthy();
    expect(sheet.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(sheet.getByText('Of typ: stapjes.example.nl/p/zorg-en-werk')).toBeTruthy();
    expect(
      sheet.getByRole('img', { name: 'QR code to stapjes.example.nl/p/zorg-en-werk' }),
    ).toBeTruthy();
    expect(sheet.getByText(/^Speak a little more Dutch every week/)).toBeTruthy();
    expect((await poster()).getAttribute('lang')).toBe('nl');
  });

  it('switches pack and paper size; the print page size follows', async () => {
    libraryServer({ publicBaseUrl: null, libraryName: null });
    const { container } = await renderApp('/posters', 'en');
    await within(await poster()).findByRole('heading', { level: 2, name: 'Eerste stapjes' });
    fireEvent.change(screen.getByLabelText('Pack'), { target: { value: 'zorg-en-werk' } });
    await within(await poster()).findByRole('heading', { level: 2, name: 'Zorg en werk' });
    expect(screen.getByText(/p\/zorg-en-werk$/).textContent).toContain(window.location.host);
    expect(container.querySelector('style')?.textContent).toContain('size: A4');
    fireEvent.click(screen.getByRole('radio', { name: 'A3' }));
    await waitFor(() =>
      expect(container.querySelector('style')?.textContent).toContain('size: A3'),
    );
  });

  it('says what is wrong with a broken pack instead of showing an empty page', async () => {
    libraryServer({ publicBaseUrl: null, libraryName: null });
    await renderApp('/posters?pack=kapot', 'en');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This pack has mistakes');
    expect(alert.textContent).toContain('version');
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('button', { name: 'Print the poster' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('explains that the packs cannot be fetched while offline', async () => {
    libraryServer({ publicBaseUrl: null, libraryName: null }).offline = true;
    await renderApp('/posters', 'en');
    expect((await screen.findByRole('alert')).textContent).toContain('You are offline');
  });

  it('speaks the interface language around a poster that stays Dutch', async () => {
    libraryServer({ publicBaseUrl: null, libraryName: null });
    await renderApp('/posters?pack=eerste-stapjes', 'ar');
    expect(await screen.findByRole('heading', { level: 1, name: 'ملصقات' })).toBeTruthy();
    const sheet = await poster();
    expect(sheet.getAttribute('dir')).toBe('ltr');
    expect(within(sheet).getByText('Scan de code met je telefoon')).toBeTruthy();
  });
});
