import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { storedPacks } from '../../src/db/packs';
import { addShipped, emptyDevice, stored, tick } from '../helpers/app-data';
import { fakePackServer } from '../helpers/fake-server';
import { makePack } from '../helpers/make-pack';
import { renderApp, renderAppKeepingData } from '../helpers/render-app';

/** The card of one of my packs on /packs, found by its title link. */
async function myPackCard(title: string): Promise<HTMLElement> {
  return (await screen.findByRole('link', { name: title })).closest('li')!;
}

/** Opens the remove dialog of a pack and returns it. */
async function openRemoveDialog(title: string): Promise<HTMLElement> {
  expect(screen.queryByRole('dialog')).toBeNull();
  fireEvent.click(within(await myPackCard(title)).getByRole('button', { name: 'Remove' }));
  return screen.findByRole('dialog', { name: `Remove "${title}"?` });
}

/** The library online, and a device in English with these shipped packs on it. */
async function deviceWith(...packIds: string[]): Promise<void> {
  fakePackServer();
  await emptyDevice('en');
  for (const packId of packIds) await addShipped(packId);
}

describe('packs', () => {
  it('lists my packs with their facts and offers the library’s other packs to add', async () => {
    await deviceWith('eerste-stapjes');
    await renderAppKeepingData('/packs');

    const mine = within(await screen.findByRole('region', { name: 'My packs' }));
    const card = within(await myPackCard('First little steps'));
    expect(mine.getByRole('link', { name: 'First little steps' }).getAttribute('href')).toBe(
      '/packs/eerste-stapjes',
    );
    expect(card.getByText('A0')).toBeTruthy();
    expect(card.getByText('first words')).toBeTruthy();
    expect(card.getByText('Neighbours · Shopping · Finding the way · Transport')).toBeTruthy();
    expect(card.getByText('6 challenges')).toBeTruthy();

    const more = within(screen.getByRole('region', { name: 'More packs' }));
    const offered = await more.findAllByRole('heading', { level: 3 });
    expect(offered.map((heading) => heading.textContent)).toEqual([
      'Library and school',
      'Health and work',
    ]);
    const health = offered[1]!.closest('li')!;
    expect(within(health).getByText('elementary')).toBeTruthy();
    fireEvent.click(within(health).getByRole('button', { name: 'Add' }));
    expect(await mine.findByRole('link', { name: 'Health and work' })).toBeTruthy();
    await waitFor(() => expect(more.getAllByRole('button', { name: 'Add' })).toHaveLength(1));
    const ids = (await storedPacks()).map((pack) => pack.id);
    expect(ids.sort()).toEqual(['eerste-stapjes', 'zorg-en-werk']);
  });

  it('pauses a pack (its challenge leaves this week) and continues it', async () => {
    await deviceWith('eerste-stapjes');
    await renderAppKeepingData('/packs');

    fireEvent.click(
      within(await myPackCard('First little steps')).getByRole('button', { name: 'Pause' }),
    );
    expect(await screen.findByText('Paused')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect((await stored()).enrolments[0]!.pausedAtWeek).not.toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'This week' }));
    expect(await screen.findByRole('link', { name: '1 pack is paused' })).toBeTruthy();
    expect(screen.queryByText('Greet your neighbours')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Packs' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.queryByText('Paused')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'This week' }));
    expect(await screen.findByText('Greet your neighbours')).toBeTruthy();
  });

  it('asks before removing, and keeps ticks and reflections unless told otherwise', async () => {
    await deviceWith('eerste-stapjes');
    await tick('eerste-stapjes', 'buren-groeten', 0, { notes: 'Hallo buurman' });
    await renderAppKeepingData('/packs');

    let dialog = await openRemoveDialog('First little steps');
    expect(
      within(dialog).getByText('Your reflections and the challenges you did stay on this phone.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await storedPacks()).toHaveLength(1);

    dialog = await openRemoveDialog('First little steps');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('You have no packs yet.')).toBeTruthy();
    const more = within(screen.getByRole('region', { name: 'More packs' }));
    expect(await more.findByRole('heading', { name: 'First little steps' })).toBeTruthy();
    const after = await stored();
    expect(after.packs).toEqual([]);
    expect(after.ticks).toHaveLength(1);
    expect(after.reflections.map((item) => item.notes)).toEqual(['Hallo buurman']);
  });

  it('deletes the pack’s ticks and reflections, and only those, when the box is ticked', async () => {
    await deviceWith('eerste-stapjes', 'zorg-en-werk');
    await tick('eerste-stapjes', 'buren-groeten', 0, { notes: 'Hallo buurman' });
    await tick('zorg-en-werk', 'pauze-praatje', 0, { notes: 'Koffie!' });
    await renderAppKeepingData('/packs');

    const dialog = await openRemoveDialog('First little steps');
    const box = within(dialog).getByRole('checkbox', {
      name: 'Also delete my reflections and ticks for this pack',
    }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'First little steps' })).toBeNull(),
    );
    const after = await stored();
    expect(after.packs.map((pack) => pack.id)).toEqual(['zorg-en-werk']);
    expect(after.ticks.map((item) => item.packId)).toEqual(['zorg-en-werk']);
    expect(after.reflections.map((item) => item.notes)).toEqual(['Koffie!']);
  });

  it('shows each challenge of a pack with its status', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes', 1);
    await tick('eerste-stapjes', 'buren-groeten', 1);
    await tick('eerste-stapjes', 'buren-groeten', 0);
    await renderAppKeepingData('/packs/eerste-stapjes');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'First little steps' }),
    ).toBeTruthy();
    const status = (title: string) => screen.getByText(title).closest('li')!.lastElementChild!;
    expect(status('Greet your neighbours').textContent).toBe('Done 2 times');
    expect(status('Buy bread at the bakery').textContent).toBe('Open');
    expect(status('Ask for a product in the supermarket').textContent).toBe('Coming soon');
    expect(screen.getByRole('link', { name: 'Buy bread at the bakery' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ask the bus driver' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Do the next one now' }));
    await waitFor(() =>
      expect(status('Ask for a product in the supermarket').textContent).toBe('Open'),
    );
  });

  it('adds a pack from its poster link with one button and goes to this week', async () => {
    fakePackServer();
    await renderApp('/p/zorg-en-werk', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Health and work' })).toBeTruthy();
    expect(screen.getByText('Zorg en werk')).toBeTruthy();
    expect(screen.getByText('6 challenges')).toBeTruthy();
    const adds = screen.getAllByRole('button', { name: 'Add' });
    expect(adds).toHaveLength(1);
    fireEvent.click(adds[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'This week' })).toBeTruthy();
    expect(await screen.findByText('A chat during the break')).toBeTruthy();
    expect((await storedPacks()).map((pack) => pack.id)).toEqual(['zorg-en-werk']);
  });

  it('says a pack cannot be found, in the learner’s language', async () => {
    fakePackServer();
    await renderApp('/p/bestaat-niet', 'pl');
    expect(
      await screen.findByText(
        'Nie możemy znaleźć tego pakietu. Sprawdź link albo zapytaj w bibliotece.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Pakiet' })).toBeTruthy();
  });

  it('explains a pack with mistakes, lists the details, and the rest of the app works', async () => {
    fakePackServer({ kapot: makePack({ id: 'kapot', level: 'Z9', licence: undefined }) });
    await renderApp('/p/kapot', 'en');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        'This pack has mistakes, so the app cannot use it. The library needs to fix it.',
      ),
    ).toBeTruthy();
    expect(within(alert).getByText('Details for the library')).toBeTruthy();
    const details = within(alert).getAllByRole('listitem');
    expect(details.map((item) => item.textContent)).toEqual([
      "level: 'Z9' is not allowed here; use one of 'A0', 'A1', 'A2', 'B1'",
      "pack: 'licence' is missing",
    ]);
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Packs' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Packs' })).toBeTruthy();
    expect(await screen.findAllByRole('button', { name: 'Add' })).toHaveLength(3);
  });

  it('says so when the phone is offline', async () => {
    fakePackServer().offline = true;
    const offline = 'You are offline. Connect to the internet once to get this pack.';
    const view = await renderApp('/packs', 'en');
    const more = within(await screen.findByRole('region', { name: 'More packs' }));
    expect(await more.findByText(offline)).toBeTruthy();
    view.unmount();
    await renderAppKeepingData('/p/eerste-stapjes');
    expect(await screen.findByText(offline)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
  });
});
