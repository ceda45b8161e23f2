import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { saveSetting } from '../../src/db/settings';
import { writeSyncState } from '../../src/db/sync-state';
import { fakePackServer } from '../helpers/fake-server';
import { clearDevice, renderAppKeepingData, useLanguage } from '../helpers/render-app';

describe('the backup in settings', () => {
  beforeEach(async () => {
    fakePackServer().offline = true;
    await clearDevice();
    await useLanguage('en');
  });

  it('says the work is saved on this phone before any backup was made', async () => {
    await renderAppKeepingData('/settings');
    expect(await screen.findByText('Saved on this phone')).toBeTruthy();
    expect(screen.getByText(/No name, e-mail or phone number is needed/)).toBeTruthy();
  });

  it('says how many changes wait for a connection', async () => {
    await saveSetting('textSize', 1.5);
    await saveSetting('speechRate', 0.8);
    await writeSyncState({
      credentials: { deviceId: 'd', token: 't' },
      lastSyncedAt: Date.now() - 60_000,
      problem: 'offline',
    });
    await renderAppKeepingData('/settings');
    expect(await screen.findByText('Waiting for a connection · 2 changes waiting')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Back up now' })).toBeTruthy();
  });

  it('shows when it was last backed up', async () => {
    await writeSyncState({
      credentials: { deviceId: 'd', token: 't' },
      lastSyncedAt: Date.parse('2026-12-03T14:05:00'),
    });
    await renderAppKeepingData('/settings');
    expect(await screen.findByText(/^Backed up · Dec 3, 2026, 2:05/)).toBeTruthy();
  });

  it('lists changes the server refused, with the reason, until the learner removes them', async () => {
    await db.rejected.put({
      seq: 7,
      kind: 'reflection',
      recordId: 'r1',
      reason: 'data.notes: Too big',
      at: Date.now(),
    });
    await renderAppKeepingData('/settings');
    expect(await screen.findByText('Needs attention · 1 change')).toBeTruthy();
    expect(await screen.findByText('data.notes: Too big')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove from this list' }));
    await waitFor(() => expect(screen.queryByText('data.notes: Too big')).toBeNull());
  });

  it('asks to start a new backup when the server no longer knows this phone', async () => {
    await writeSyncState({ credentials: { deviceId: 'd', token: 't' }, problem: 'signed-out' });
    await renderAppKeepingData('/settings');
    expect(await screen.findByText('This phone is no longer linked to your backup.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Start a new backup' })).toBeTruthy();
  });

  it('checks a typed restore code before asking the server, and fills it in from a scanned link', async () => {
    await renderAppKeepingData('/settings?restore=KT4P9XWMHR3C');
    expect(((await screen.findByLabelText('Restore code')) as HTMLInputElement).value).toBe(
      'KT4P9XWMHR3C',
    );
    fireEvent.input(screen.getByLabelText('Restore code'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Check the code: 12 letters and digits.')).toBeTruthy();
  });

  it('says the phone is offline when a restore code cannot be made', async () => {
    await saveSetting('textSize', 2);
    await renderAppKeepingData('/settings');
    fireEvent.click(await screen.findByRole('button', { name: 'Make a restore code' }));
    expect(
      await screen.findByText('You need internet for this. Try again when you are online.'),
    ).toBeTruthy();
  });
});
