import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { storedPacks } from '../../src/db/packs';
import { fakePackServer } from '../helpers/fake-server';
import { renderApp } from '../helpers/render-app';

describe('first start', () => {
  it('speaks the language it starts in and offers every language by its own name', async () => {
    await renderApp('/', 'nl');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Stapjes' }),
    ).toBeTruthy();
    for (const name of ['Nederlands', 'English', 'العربية', 'Polski', 'Українська', 'Türkçe']) {
      expect(screen.getByRole('radio', { name })).toBeTruthy();
    }
    expect((screen.getByRole('radio', { name: 'Nederlands' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('switches language at once when the learner picks one: the heading changes, Arabic reads right to left', async () => {
    await renderApp('/', 'nl');
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Stapjes' }),
    ).toBeTruthy();
    expect(document.documentElement.dir).toBe('ltr');
    fireEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
  });

  it('walks through the pictures and adds a first pack, then shows this week', async () => {
    fakePackServer();
    await renderApp('/', 'en');
    for (const title of ['One small challenge a week', 'Listen and practise', 'Tick it off']) {
      fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByRole('heading', { level: 3, name: 'First little steps' }),
    ).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'This week' })).toBeTruthy();
    expect(await screen.findByText('Greet your neighbours')).toBeTruthy();
    expect((await storedPacks()).map((stored) => stored.id)).toEqual(['eerste-stapjes']);
  });

  it('explains when the packs cannot be fetched because the phone is offline', async () => {
    fakePackServer().offline = true;
    await renderApp('/', 'en');
    for (let step = 0; step < 4; step++)
      fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    expect(
      await screen.findByText('You are offline. Connect to the internet once to get this pack.'),
    ).toBeTruthy();
  });
});
