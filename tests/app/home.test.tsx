import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { weekOf } from '../../src/core/progress/week';
import { eraseEverything } from '../../src/db/export';
import { addPack } from '../../src/db/packs';
import { markDone } from '../../src/db/progress';
import { saveSetting } from '../../src/db/settings';
import { shippedPack } from '../helpers/fake-server';
import { renderAppKeepingData, useLanguage } from '../helpers/render-app';

const WEEK_MS = 7 * 86_400_000;

describe('this week', () => {
  beforeEach(async () => {
    await eraseEverything();
    await useLanguage('en');
  });

  it('asks for a first pack when there is none', async () => {
    await saveSetting('hasSeenIntro', true);
    await renderAppKeepingData('/');
    expect(
      await screen.findByText('You have no challenges yet. Add a pack to start.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a pack' }).getAttribute('href')).toBe('/packs');
  });

  it('shows the current challenge of every active pack', async () => {
    await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
    await addPack(shippedPack('zorg-en-werk'), weekOf(Date.now()));
    await renderAppKeepingData('/');
    const current = await screen.findAllByRole('link', { name: /This week's challenge/ });
    expect(current.map((link) => link.textContent)).toEqual([
      expect.stringContaining('Greet your neighbours'),
      expect.stringContaining('A chat during the break'),
    ]);
  });

  it("after the week's challenge is done, says when the next comes and offers it early", async () => {
    await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
    await markDone('eerste-stapjes', 'buren-groeten');
    await renderAppKeepingData('/');
    expect(await screen.findByText("Well done! This week's challenge is done.")).toBeTruthy();
    expect(screen.getByText(/The next challenge comes on Monday/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Do the next one now' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /This week's challenge/ }).textContent).toContain(
        'Buy bread at the bakery',
      ),
    );
  });

  it('offers a new challenge when a new calendar week starts', async () => {
    const lastWeek = Date.now() - WEEK_MS;
    await addPack(shippedPack('eerste-stapjes'), weekOf(lastWeek), lastWeek);
    await markDone('eerste-stapjes', 'buren-groeten', lastWeek);
    await renderAppKeepingData('/');
    const current = await screen.findByRole('link', { name: /This week's challenge/ });
    expect(current.textContent).toContain('Buy bread at the bakery');
  });

  it("shows the week number and its days in the learner's language", async () => {
    await useLanguage('nl');
    await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
    await renderAppKeepingData('/');
    expect(await screen.findByText(/^Week \d+ · /)).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze week' })).toBeTruthy();
  });
});
