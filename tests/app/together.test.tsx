import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { readIntake } from '../../src/db/intake';
import { readPlan } from '../../src/db/plan';
import { addShipped, emptyDevice, tick } from '../helpers/app-data';
import { fakePackServer } from '../helpers/fake-server';
import { renderAppKeepingData } from '../helpers/render-app';

describe('a session together', () => {
  beforeEach(async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes', 1);
    await tick('eerste-stapjes', 'buren-groeten', 1, {
      hard: 'Mijn buurvrouw praatte snel',
      feeling: 4,
    });
  });

  it("walks through six steps; last week's reflection shows only when the learner chooses", async () => {
    await renderAppKeepingData('/together/eerste-stapjes/brood-kopen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Look back' })).toBeTruthy();
    expect(screen.getByText(/Last time: Greet your neighbours/)).toBeTruthy();
    expect(screen.queryByText('Mijn buurvrouw praatte snel')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show what I wrote' }));
    expect(screen.getByText('Mijn buurvrouw praatte snel')).toBeTruthy();

    for (const title of [
      'The situation',
      'The sentences',
      'Role-play',
      'When and where?',
      'Tips for the buddy',
    ]) {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    }
    expect(
      screen.getByRole('link', { name: 'Done. Well done, both of you!' }).getAttribute('href'),
    ).toBe('/');
  });

  it('lets the buddy tick sentences and swap roles in the role-play', async () => {
    await renderAppKeepingData('/together/eerste-stapjes/brood-kopen');
    fireEvent.click(await screen.findByRole('button', { name: 'Skip this step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip this step' }));
    const saidIt = await screen.findAllByRole('checkbox', { name: 'Said it' });
    fireEvent.click(saidIt[0]!);
    expect((saidIt[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('The buddy is the baker. The learner answers.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Swap roles' }));
    expect(
      screen.getByText('Swapped: now the learner is the baker and the buddy answers.'),
    ).toBeTruthy();
  });

  it('saves the agreed day and place, and shows them on the home screen', async () => {
    await renderAppKeepingData('/together/eerste-stapjes/brood-kopen');
    for (let step = 0; step < 4; step++)
      fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.input(await screen.findByLabelText('Which day?'), {
      target: { value: '2099-03-17' },
    });
    fireEvent.input(screen.getByLabelText(/^Where\?/), { target: { value: 'Bakkerij De Zon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. You will see it on the home screen.')).toBeTruthy();
    expect(await db.appointments.get('eerste-stapjes')).toMatchObject({
      challengeId: 'brood-kopen',
      day: '2099-03-17',
      place: 'Bakkerij De Zon',
    });
  });
});

describe('the home screen after a session', () => {
  it("shows the agreed day and place with this week's challenge", async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    await db.appointments.put({
      packId: 'eerste-stapjes',
      challengeId: 'buren-groeten',
      day: '2099-03-17',
      place: 'Dorpsstraat',
      updatedAt: 1,
    });
    await renderAppKeepingData('/');
    const card = (await screen.findByRole('link', { name: /This week's challenge/ })).closest(
      'section',
    )!;
    expect(await within(card).findByText(/Agreed: Tuesday, March 17/)).toBeTruthy();
    expect(within(card).getByText(/Dorpsstraat/)).toBeTruthy();
  });
});

describe('the intake booklet', () => {
  beforeEach(async () => {
    await emptyDevice('en');
  });

  it('saves each answer at once and puts suiting packs first, and can be erased', async () => {
    fakePackServer();
    await renderAppKeepingData('/intake');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Work' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phoning' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'العربية' }));
    await waitFor(async () =>
      expect(await readIntake()).toMatchObject({
        places: ['work'],
        difficulties: ['phone'],
        languages: ['ar'],
      }),
    );

    fireEvent.click(screen.getByRole('link', { name: 'See the packs that suit you' }));
    // The list is drawn first in the library's order, then in the order that suits the learner.
    await waitFor(() =>
      expect(
        screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
      ).toEqual(['Health and work', 'First little steps', 'Library and school']),
    );
    expect(screen.getAllByText('Suits you')).toHaveLength(1);

    window.history.pushState(null, '', '/intake');
    window.dispatchEvent(new PopStateEvent('popstate'));
    fireEvent.click(await screen.findByRole('button', { name: 'Erase my answers' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Erase' }),
    );
    await waitFor(async () => expect(await readIntake()).toBeUndefined());
  });
});

describe('the learning plan', () => {
  it('keeps goals, packs in order and expectations, and shows them on the sheet to print', async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    await addShipped('zorg-en-werk');
    await renderAppKeepingData('/plan');
    fireEvent.input(await screen.findByLabelText('Goal 1'), {
      target: { value: 'Zelf de huisarts bellen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Health and work' }));
    fireEvent.click(screen.getByRole('button', { name: 'First little steps' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move First little steps up' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Every week' }));
    fireEvent.input(screen.getByLabelText('What the buddy expects from the learner'), {
      target: { value: 'Op tijd afzeggen' },
    });
    await waitFor(async () =>
      expect(await readPlan()).toMatchObject({
        goals: ['Zelf de huisarts bellen', '', ''],
        packIds: ['eerste-stapjes', 'zorg-en-werk'],
        rhythm: 'weekly',
        buddyExpects: 'Op tijd afzeggen',
      }),
    );
    const sheet = screen.getByRole('article');
    expect(within(sheet).getByText('Ons leerplan')).toBeTruthy();
    expect(within(sheet).getByText('Our learning plan')).toBeTruthy();
    expect(within(sheet).getByText('Zelf de huisarts bellen')).toBeTruthy();
  });
});

describe('a Taalcafé outing', () => {
  it("keeps the organiser's checklist and ticks the challenge for the group", async () => {
    await emptyDevice('en');
    await addShipped('eerste-stapjes');
    await renderAppKeepingData('/challenge/eerste-stapjes/product-vragen-supermarkt');
    expect(await screen.findByRole('heading', { level: 2, name: 'Taalcafé outing' })).toBeTruthy();
    const items = screen.getAllByRole('checkbox');
    fireEvent.click(items[0]!);
    await waitFor(async () => expect((await db.checklists.toArray())[0]?.checked).toEqual([0]));
    fireEvent.input(screen.getByLabelText('How many people took part?'), {
      target: { value: '8' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Done with the group' }));
    expect(await screen.findByText('Ticked for the group of 8.')).toBeTruthy();
    expect((await db.ticks.toArray())[0]).toMatchObject({
      challengeId: 'product-vragen-supermarkt',
      groupSize: 8,
    });
  });
});
