import { removePack } from '../../src/db/packs';
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addShipped, emptyDevice, tick } from '../helpers/app-data';
import { renderApp, renderAppKeepingData, useLanguage } from '../helpers/render-app';

/** The big number shown next to a figure's words ("3" beside "weeks in a row"). */
function figure(words: string): string | null | undefined {
  return screen.getByText(words).previousElementSibling?.textContent;
}

/** The line of one pack under "Per pack". */
async function packLine(title: string): Promise<HTMLElement> {
  return (await screen.findByRole('progressbar', { name: title })).closest('li')!;
}

describe('my progress', () => {
  it('with nothing done, encourages a first step and shows 0', async () => {
    await renderApp('/progress', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'My progress' })).toBeTruthy();
    expect(await screen.findByText('Your first step is waiting. You can do it!')).toBeTruthy();
    expect(figure('weeks in a row')).toBe('0');
    expect(figure('challenges done')).toBe('0');
    expect(figure('weeks with Dutch')).toBe('0');
    expect(await screen.findByText('Your reflections will appear here.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Per pack' })).toBeNull();
  });

  it('counts weeks in a row and shows how far each pack is', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes', 2);
    await addShipped('bibliotheek-en-school', 2);
    await tick('eerste-stapjes', 'buren-groeten', 2);
    await tick('eerste-stapjes', 'brood-kopen', 1);
    await tick('eerste-stapjes', 'product-vragen-supermarkt', 0);
    await renderAppKeepingData('/progress');

    expect(await screen.findByText('Every step counts. Keep going!')).toBeTruthy();
    expect(figure('weeks in a row')).toBe('3');
    expect(figure('challenges done')).toBe('3');
    expect(figure('weeks with Dutch')).toBe('3');
    expect(await screen.findByRole('heading', { level: 2, name: 'Per pack' })).toBeTruthy();
    expect(within(await packLine('First little steps')).getByText('3 of 6 done')).toBeTruthy();
    expect(within(await packLine('Library and school')).getByText('0 of 6 done')).toBeTruthy();
    expect(
      (screen.getByRole('progressbar', { name: 'First little steps' }) as HTMLProgressElement)
        .value,
    ).toBe(3);
  });

  it('a missed week ends the run but takes nothing away', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes', 4);
    await tick('eerste-stapjes', 'buren-groeten', 4);
    await tick('eerste-stapjes', 'brood-kopen', 3);
    // Two weeks ago: nothing.
    await tick('eerste-stapjes', 'product-vragen-supermarkt', 1);
    await tick('eerste-stapjes', 'prijs-vragen-markt', 0);
    await renderAppKeepingData('/progress');

    expect(await screen.findByText('Every step counts. Keep going!')).toBeTruthy();
    expect(figure('weeks in a row')).toBe('2');
    expect(figure('challenges done')).toBe('4');
    expect(figure('weeks with Dutch')).toBe('4');
    expect(within(await packLine('First little steps')).getByText('4 of 6 done')).toBeTruthy();
  });

  it('lists reflections with text newest first, leaves out empty ones, and links to change them', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes', 2);
    const oldest = await tick('eerste-stapjes', 'buren-groeten', 2, {
      notes: 'My neighbour smiled at me.',
    });
    await tick('eerste-stapjes', 'brood-kopen', 1);
    const newest = await tick('eerste-stapjes', 'product-vragen-supermarkt', 0, {
      hard: 'Finding the rice',
      newWords: 'de rijst',
    });
    await renderAppKeepingData('/progress');

    const section = await screen.findByRole('region', { name: 'My reflections' });
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      await within(items[0]!).findByRole('heading', {
        name: 'Ask for a product in the supermarket',
      }),
    ).toBeTruthy();
    expect(within(items[0]!).getByText('Finding the rice')).toBeTruthy();
    expect(within(items[0]!).getByText('de rijst')).toBeTruthy();
    expect(within(items[0]!).getByText('What was hard?')).toBeTruthy();
    expect(
      await within(items[1]!).findByRole('heading', { name: 'Greet your neighbours' }),
    ).toBeTruthy();
    expect(within(items[1]!).getByText('My neighbour smiled at me.')).toBeTruthy();
    expect(within(section).queryByText('Buy bread at the bakery')).toBeNull();
    expect(screen.queryByText('Your reflections will appear here.')).toBeNull();

    const changes = within(section).getAllByRole('link', { name: 'Change' });
    expect(changes.map((link) => link.getAttribute('href'))).toEqual([
      `/reflection/${newest}`,
      `/reflection/${oldest}`,
    ]);
    fireEvent.click(changes[1]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'How did it go?' })).toBeTruthy();
    expect(
      (
        screen.getByLabelText(
          'Anything else? (you can write in your own language)',
        ) as HTMLTextAreaElement
      ).value,
    ).toBe('My neighbour smiled at me.');
  });

  it('keeps the challenge name of a reflection after its pack was removed', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    await tick('eerste-stapjes', 'brood-kopen', 0, { hard: 'Snel praten' });
    await removePack('eerste-stapjes', false);
    await renderAppKeepingData('/progress');
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Buy bread at the bakery' }),
    ).toBeTruthy();
    expect(screen.getByText('Snel praten')).toBeTruthy();
  });

  it('uses the plural forms of Polish and Arabic', async () => {
    await emptyDevice('pl');
    await addShipped('eerste-stapjes', 1);
    await tick('eerste-stapjes', 'buren-groeten', 1);
    await tick('eerste-stapjes', 'brood-kopen', 1);
    await tick('eerste-stapjes', 'buren-groeten', 0);
    await tick('eerste-stapjes', 'brood-kopen', 0);
    await tick('eerste-stapjes', 'buren-groeten', 0);
    const view = await renderAppKeepingData('/progress');

    expect(await screen.findByRole('heading', { level: 1, name: 'Moje postępy' })).toBeTruthy();
    // 2 → "few", 5 → "many" in Polish.
    expect(await screen.findByText('tygodnie z rzędu')).toBeTruthy();
    expect(figure('tygodnie z rzędu')).toBe('2');
    expect(figure('zrobionych zadań')).toBe('5');
    expect(screen.getByText('tygodnie z niderlandzkim')).toBeTruthy();
    expect(await screen.findByText('Zrobione: 2 z 6')).toBeTruthy();
    view.unmount();

    await useLanguage('ar');
    await renderAppKeepingData('/progress');
    expect(await screen.findByRole('heading', { level: 1, name: 'تقدّمي' })).toBeTruthy();
    // 2 → the Arabic dual.
    expect(await screen.findByText('أسبوعان على التوالي')).toBeTruthy();
    expect(screen.getByText('أسبوعان مع اللغة الهولندية')).toBeTruthy();
  });
});
