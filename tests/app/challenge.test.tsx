import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addPack } from '../../src/db/packs';
import { ticksOf } from '../../src/db/progress';
import { weekOf } from '../../src/core/progress/week';
import { fakePackServer, shippedPack } from '../helpers/fake-server';
import { fakeSpeech } from '../helpers/fake-speech';
import { renderApp, renderAppKeepingData, useLanguage } from '../helpers/render-app';
import { eraseEverything } from '../../src/db/export';

const PATH = '/challenge/eerste-stapjes/brood-kopen';

async function openBreadChallenge(language: 'en' | 'nl' = 'en', path = PATH) {
  await eraseEverything();
  await useLanguage(language);
  await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
  return renderAppKeepingData(path);
}

describe('a challenge', () => {
  beforeEach(async () => {
    fakePackServer();
    await eraseEverything();
  });

  it('shows the situation, the steps, and each phrase in Dutch with its translation', async () => {
    await openBreadChallenge('en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Buy bread at the bakery' }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'You go to the bakery. You buy a loaf of bread. You say what you want and you pay.',
      ),
    ).toBeTruthy();
    expect(
      screen.getAllByRole('listitem').some((item) => item.textContent === 'Pay and say thank you.'),
    ).toBe(true);
    const phrase = screen.getByText('Mag ik een volkorenbrood?');
    expect(phrase.getAttribute('lang')).toBe('nl');
    expect(screen.getByText('May I have a wholemeal loaf?')).toBeTruthy();
    expect(screen.getByText('het brood')).toBeTruthy();
  });

  it('speaks a phrase with the Dutch voice, at normal and at slower speed', async () => {
    const spoken = fakeSpeech([
      { lang: 'en-US', name: 'English' },
      { lang: 'nl-NL', name: 'Nederlands' },
    ]);
    await openBreadChallenge();
    fireEvent.click(await screen.findByRole('button', { name: 'Listen: Hoeveel kost het?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Listen slowly: Hoeveel kost het?' }));
    await waitFor(() => expect(spoken).toHaveLength(2));
    expect(spoken[0]).toEqual({ text: 'Hoeveel kost het?', lang: 'nl-NL', rate: 1 });
    expect(spoken[1]?.rate).toBeCloseTo(0.6);
  });

  it('says clearly when the phone has no Dutch voice, instead of reading Dutch with another voice', async () => {
    const spoken = fakeSpeech([{ lang: 'en-US', name: 'English' }]);
    await openBreadChallenge();
    fireEvent.click(await screen.findByRole('button', { name: 'Listen: Hoeveel kost het?' }));
    expect(await screen.findByText(/This phone has no Dutch voice/)).toBeTruthy();
    expect(spoken).toEqual([]);
  });

  it('shows the Dutch card for the person the learner talks to', async () => {
    await openBreadChallenge('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Show this card' }));
    const card = document.querySelector('dialog.show-card');
    expect(card?.hasAttribute('open')).toBe(true);
    expect(card?.textContent).toContain('Ik leer Nederlands.');
    expect(card?.textContent).toContain('Wilt u langzaam praten?');
  });

  it('records "I did it!" with the time, then asks how it went', async () => {
    const before = Date.now();
    await openBreadChallenge('en');
    fireEvent.click(await screen.findByRole('button', { name: 'I did it!' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How did it go?' })).toBeTruthy();
    const ticks = await ticksOf('eerste-stapjes', 'brood-kopen');
    expect(ticks).toHaveLength(1);
    expect(ticks[0]!.doneAt).toBeGreaterThanOrEqual(before);
  });

  it("lets the learner skip this week's challenge for now, offers the next, and brings it back later", async () => {
    await openBreadChallenge('en', '/challenge/eerste-stapjes/buren-groeten');
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Skipped, for later' }),
    ).toBeTruthy();
    const current = await screen.findByRole('link', { name: /This week's challenge/ });
    expect(current.textContent).toContain('Buy bread at the bakery');
    fireEvent.click(screen.getByRole('link', { name: /Greet your neighbours/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Do it after all' }));
    fireEvent.click(screen.getByRole('link', { name: 'Back' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /This week's challenge/ }).textContent).toContain(
        'Greet your neighbours',
      ),
    );
    expect(screen.queryByRole('heading', { level: 3, name: 'Skipped, for later' })).toBeNull();
  });

  it('shows a clear page for a challenge that is not on the phone', async () => {
    await renderApp('/challenge/eerste-stapjes/bestaat-niet', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
