import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addShipped, emptyDevice, tick } from '../helpers/app-data';
import { fakePackServer } from '../helpers/fake-server';
import { renderAppKeepingData } from '../helpers/render-app';

describe('the buddy guide', () => {
  beforeEach(async () => {
    fakePackServer();
    await emptyDevice('en');
  });

  it("lists every pack of the library, also on a buddy's phone without any learner data", async () => {
    await renderAppKeepingData('/buddy');
    expect(await screen.findByRole('link', { name: 'First little steps' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Health and work' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Tips for language buddies' }).getAttribute('href'),
    ).toBe('/buddy/tips');
  });

  it("shows each challenge's situation, tips and role-play in Dutch, and nothing of the learner", async () => {
    await addShipped('eerste-stapjes');
    await tick('eerste-stapjes', 'brood-kopen', 0, { notes: 'Privé notitie' });
    await renderAppKeepingData('/buddy/eerste-stapjes');
    expect(
      await screen.findByText(
        'Je gaat naar de bakker. Je koopt een brood. Je zegt wat je wilt en je betaalt.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("Vertel dat 'gesneden' een normale vraag is bij de bakker."),
    ).toBeTruthy();
    expect(screen.getByText('Role-play: you are the baker')).toBeTruthy();
    expect(screen.getAllByText('Taalcafé outing').length).toBeGreaterThan(0);
    expect(screen.queryByText('Privé notitie')).toBeNull();
  });

  it('gives general tips, including boundaries', async () => {
    await renderAppKeepingData('/buddy/tips');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Agree on boundaries' }),
    ).toBeTruthy();
    expect(screen.getByText(/it does not have to be more than language practice/)).toBeTruthy();
  });
});
