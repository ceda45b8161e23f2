import { useEffect, useState } from 'preact/hooks';
import {
  MAX_GOALS,
  MEETING_RHYTHMS,
  emptyPlan,
  movePack,
  type LearningPlan,
} from '../../core/plan';
import { useLive } from '../../db/live';
import { storedPacks } from '../../db/packs';
import { readPlan, savePlan } from '../../db/plan';
import { dutchTexts, t, type FixedT } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import { RadioGroup } from '../ui/radio-group';
import { translated } from '../ui/translated';
import { PlanSheet } from './plan-sheet';

/** The learning plan, made together: goals, packs in order, meetings, what each expects. Printable. */
export function PlanScreen() {
  const { language } = useApp();
  const packs = useLive(storedPacks, []);
  const stored = useLive(() => readPlan().then((found) => found ?? null), []);
  const [draft, setDraft] = useState<LearningPlan | null>(null);
  const [dutch, setDutch] = useState<FixedT | null>(null);
  useEffect(() => {
    void dutchTexts().then((fixed) => setDutch(() => fixed));
  }, []);
  useEffect(() => {
    if (stored !== undefined && draft === null) setDraft(stored ?? emptyPlan(Date.now()));
  }, [stored, draft]);
  if (!draft || !packs || !dutch) return null;
  const change = (update: Partial<LearningPlan>) => {
    setDraft({ ...draft, ...update, updatedAt: Date.now() });
    void savePlan(update);
  };
  const inPlan = draft.packIds.filter((id) => packs.some((stored) => stored.id === id));
  const notInPlan = packs.filter((stored) => !inPlan.includes(stored.id));
  const goals = Array.from({ length: MAX_GOALS }, (_, index) => draft.goals[index] ?? '');
  return (
    <Page title={t('plan.title')} back="/settings">
      <div class="plan-form">
        <p class="lead">{t('plan.intro')}</p>
        <fieldset class="choices">
          <legend>{t('plan.goals')}</legend>
          {goals.map((goal, index) => (
            <div key={index} class="field">
              <label for={`goal-${index}`}>{t('plan.goalNumber', { number: index + 1 })}</label>
              <input
                id={`goal-${index}`}
                type="text"
                dir="auto"
                value={goal}
                onInput={(event) =>
                  change({
                    goals: goals.map((old, at) => (at === index ? event.currentTarget.value : old)),
                  })
                }
              />
            </div>
          ))}
        </fieldset>
        <fieldset class="choices">
          <legend>{t('plan.packs')}</legend>
          <ol class="plain-list plan-packs">
            {inPlan.map((id, index) => {
              const title = translated(
                packs.find((stored) => stored.id === id)!.pack.title,
                language,
              );
              return (
                <li key={id}>
                  <span>
                    {index + 1}. {title}
                  </span>
                  <button
                    type="button"
                    class="button-icon"
                    disabled={index === 0}
                    onClick={() => change({ packIds: movePack(inPlan, id, -1) })}
                    aria-label={t('plan.moveUp', { title })}
                  >
                    <Icon name="back" class="icon-up" />
                  </button>
                  <button
                    type="button"
                    class="button-icon"
                    disabled={index === inPlan.length - 1}
                    onClick={() => change({ packIds: movePack(inPlan, id, 1) })}
                    aria-label={t('plan.moveDown', { title })}
                  >
                    <Icon name="forward" class="icon-down" />
                  </button>
                  <button
                    type="button"
                    class="button-icon"
                    onClick={() => change({ packIds: inPlan.filter((other) => other !== id) })}
                    aria-label={t('plan.removePack', { title })}
                  >
                    <Icon name="close" />
                  </button>
                </li>
              );
            })}
          </ol>
          {notInPlan.map((stored) => (
            <button
              key={stored.id}
              type="button"
              class="button"
              onClick={() => change({ packIds: [...inPlan, stored.id] })}
            >
              <Icon name="plus" />
              {translated(stored.pack.title, language)}
            </button>
          ))}
        </fieldset>
        <RadioGroup
          legend={t('plan.meetings')}
          name="rhythm"
          options={MEETING_RHYTHMS}
          value={draft.rhythm}
          onChoose={(rhythm) => change({ rhythm })}
          label={(rhythm) => t(`plan.rhythm.${rhythm}`)}
        >
          <div class="field">
            <label for="plan-place">{t('plan.place')}</label>
            <input
              id="plan-place"
              type="text"
              dir="auto"
              value={draft.place}
              onInput={(event) => change({ place: event.currentTarget.value })}
            />
          </div>
        </RadioGroup>
        <div class="field">
          <label for="learner-expects">{t('plan.learnerExpects')}</label>
          <textarea
            id="learner-expects"
            rows={3}
            dir="auto"
            value={draft.learnerExpects}
            onInput={(event) => change({ learnerExpects: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="buddy-expects">{t('plan.buddyExpects')}</label>
          <textarea
            id="buddy-expects"
            rows={3}
            dir="auto"
            value={draft.buddyExpects}
            onInput={(event) => change({ buddyExpects: event.currentTarget.value })}
          />
        </div>
        <p class="muted">{t('plan.boundaries')}</p>
        <button
          type="button"
          class="button button-primary button-wide"
          onClick={() => window.print()}
        >
          <Icon name="download" />
          {t('plan.print')}
        </button>
      </div>
      <PlanSheet plan={{ ...draft, packIds: inPlan }} packs={packs} dutch={dutch} />
    </Page>
  );
}
