import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { render } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageUnavailable } from '../../src/app/layout/storage-unavailable';
import { db } from '../../src/db/database';
import { weekOf } from '../../src/core/progress/week';
import { eraseEverything } from '../../src/db/export';
import { addPack } from '../../src/db/packs';
import { markDone } from '../../src/db/progress';
import { reflection, reflectionForTick } from '../../src/db/reflections';
import { shippedPack } from '../helpers/fake-server';
import { renderAppKeepingData, useLanguage } from '../helpers/render-app';

async function tickBread() {
  await eraseEverything();
  await useLanguage('en');
  await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
  const tick = await markDone('eerste-stapjes', 'brood-kopen');
  return (await reflectionForTick(tick.id))!.id;
}

describe('the reflection after ticking', () => {
  let id: string;
  beforeEach(async () => {
    id = await tickBread();
  });

  it('offers five faces, the questions from the pack, and three optional texts', async () => {
    await renderAppKeepingData(`/reflection/${id}`);
    for (const face of ['Very hard', 'Hard', 'Okay', 'Good', 'Very good']) {
      expect(await screen.findByRole('radio', { name: face })).toBeTruthy();
    }
    expect(screen.getByText('Did you understand what the baker asked?')).toBeTruthy();
    expect(screen.getByLabelText('What was hard?')).toBeTruthy();
    expect(screen.getByLabelText('New words I learned')).toBeTruthy();
  });

  it('saves every keystroke at once, without waiting for the learner to leave the field', async () => {
    await renderAppKeepingData(`/reflection/${id}`);
    const field = await screen.findByLabelText('What was hard?');
    fireEvent.input(field, { target: { value: 'De bak' } });
    await waitFor(async () => expect((await reflection(id))?.hard).toBe('De bak'));
    fireEvent.input(field, { target: { value: 'De bakker praatte snel' } });
    await waitFor(async () => expect((await reflection(id))?.hard).toBe('De bakker praatte snel'));
    expect(await screen.findByText('Saved on this phone')).toBeTruthy();
  });

  it('keeps the face and texts, and can change them later', async () => {
    const first = await renderAppKeepingData(`/reflection/${id}`);
    fireEvent.click(await screen.findByRole('radio', { name: 'Good' }));
    fireEvent.input(screen.getByLabelText('New words I learned'), {
      target: { value: 'gesneden' },
    });
    await waitFor(async () => expect((await reflection(id))?.newWords).toBe('gesneden'));
    first.unmount();

    await renderAppKeepingData(`/reflection/${id}`);
    expect(((await screen.findByRole('radio', { name: 'Good' })) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText('New words I learned') as HTMLTextAreaElement).value).toBe(
      'gesneden',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Very good' }));
    await waitFor(async () => expect((await reflection(id))?.feeling).toBe(5));
  });

  it('says the reflection is private', async () => {
    await renderAppKeepingData(`/reflection/${id}`);
    expect(
      await screen.findByText('Only you can see this. You decide if you show it to your buddy.'),
    ).toBeTruthy();
  });

  it('says plainly when the phone is full, and keeps what was saved before', async () => {
    await renderAppKeepingData(`/reflection/${id}`);
    const field = await screen.findByLabelText('What was hard?');
    fireEvent.input(field, { target: { value: 'Snel' } });
    await waitFor(async () => expect((await reflection(id))?.hard).toBe('Snel'));
    vi.spyOn(db.reflections, 'update').mockRejectedValue(
      new DOMException('full', 'QuotaExceededError'),
    );
    fireEvent.input(field, { target: { value: 'Snel praten' } });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Your phone is full'),
    );
    expect(screen.getByText('Not saved: see the message at the top.')).toBeTruthy();
    expect((await db.reflections.get(id))?.hard).toBe('Snel');
  });
});

describe('a browser that cannot store anything', () => {
  it('explains what happened and what to do', async () => {
    await useLanguage('en');
    render(<StorageUnavailable />);
    expect(screen.getByText('Stapjes cannot save on this phone')).toBeTruthy();
    expect(screen.getByText(/private or incognito window/)).toBeTruthy();
    expect(screen.getByText('Nothing you saved before is lost.')).toBeTruthy();
  });
});
