import { fakePackServer } from '../helpers/fake-server';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { readSyncState, writeSyncState } from '../../src/db/sync-state';
import { settleBatch } from '../../src/db/sync-outbox';
import { describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../src/db/settings';
import { addShipped, emptyDevice, stored, tick } from '../helpers/app-data';
import { renderApp, renderAppKeepingData } from '../helpers/render-app';

describe('settings', () => {
  it('switches the language at once, reads Arabic right to left, and remembers the choice', async () => {
    await renderApp('/settings', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('ltr');
    await waitFor(async () => expect((await readSettings()).language).toBe('nl'));

    fireEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'الإعدادات' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect((screen.getByRole('radio', { name: 'العربية' }) as HTMLInputElement).checked).toBe(true);
    expect((await readSettings()).language).toBe('ar');
  });

  it('makes the text bigger for the whole app and keeps the size', async () => {
    await renderApp('/settings', 'en');
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('100%'));
    const biggest = await screen.findByRole('radio', { name: '200 percent' });
    fireEvent.click(biggest);
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('200%'));
    expect((biggest as HTMLInputElement).checked).toBe(true);
    expect((await readSettings()).textSize).toBe(2);
  });

  it('saves the speaking speed', async () => {
    await renderApp('/settings', 'en');
    expect(
      ((await screen.findByRole('radio', { name: 'Normal' })) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Slower' }));
    await waitFor(async () => expect((await readSettings()).speechRate).toBe(0.8));
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Slower' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Faster' }));
    await waitFor(async () => expect((await readSettings()).speechRate).toBe(1.2));
  });

  it('exports the learner’s data, reflections included, as a JSON download', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    await tick('eerste-stapjes', 'buren-groeten', 0, { notes: 'Mijn buurvrouw zei hallo terug.' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:stapjes-export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this);
    });
    await renderAppKeepingData('/settings');

    fireEvent.click(await screen.findByRole('button', { name: 'Export my data' }));
    expect(await screen.findByText('Your data was saved as a file.')).toBeTruthy();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.download).toMatch(/^stapjes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads[0]!.getAttribute('href')).toBe('blob:stapjes-export');
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/json');
    const data = JSON.parse(await blobs[0]!.text()) as {
      format: string;
      packs: { id: string }[];
      reflections: { notes: string }[];
    };
    expect(data.format).toBe('stapjes-export');
    expect(data.packs.map((pack) => pack.id)).toEqual(['eerste-stapjes']);
    expect(data.reflections.map((item) => item.notes)).toEqual(['Mijn buurvrouw zei hallo terug.']);
  });

  it('asks before erasing everything; Cancel keeps it all, confirming removes it all', async () => {
    fakePackServer().offline = true;
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    await tick('eerste-stapjes', 'buren-groeten', 0, { notes: 'Hallo!' });
    await renderAppKeepingData('/settings');

    const erase = await screen.findByRole('button', { name: 'Erase everything on this phone' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(erase);
    let dialog = await screen.findByRole('dialog', { name: 'Erase everything?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    let now = await stored();
    expect(now.packs).toHaveLength(1);
    expect(now.ticks).toHaveLength(1);
    expect(now.reflections).toHaveLength(1);

    fireEvent.click(erase);
    dialog = await screen.findByRole('dialog', { name: 'Erase everything?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase everything' }));
    expect(await screen.findByText('Everything is erased from this phone.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start again' }).getAttribute('href')).toBe('/');
    now = await stored();
    expect(now.packs).toEqual([]);
    expect(now.enrolments).toEqual([]);
    expect(now.ticks).toEqual([]);
    expect(now.reflections).toEqual([]);
  });

  it('says when the erase has reached the backup on the server', async () => {
    fakePackServer().offline = true;
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    // This phone has a backup: the erase must go to the server too.
    await writeSyncState({ credentials: { deviceId: 'd1', token: 't1' } });
    await renderAppKeepingData('/settings');
    fireEvent.click(await screen.findByRole('button', { name: 'Erase everything on this phone' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Erase everything?' })).getByRole('button', {
        name: 'Erase everything',
      }),
    );
    expect(
      await screen.findByText(
        'It will also be erased from the backup as soon as there is internet.',
      ),
    ).toBeTruthy();
    const { eraseSeq } = await readSyncState();
    await settleBatch([], eraseSeq!, [], Date.now());
    expect(
      await screen.findByText('It is also erased from the backup on the server.'),
    ).toBeTruthy();
  });
});
