import type { LearningPlan } from '../../core/plan';
import type { StoredPack } from '../../db/database';
import { t, type FixedT } from '../../i18n';
import { useApp } from '../app-context';
import { translated } from '../ui/translated';

interface SheetProps {
  plan: LearningPlan;
  packs: readonly StoredPack[];
  dutch: FixedT;
}

/** A label in Dutch with the learner's language beside it (once, when the interface is Dutch). */
function Both({
  id,
  dutch,
  values,
}: {
  id: string;
  dutch: FixedT;
  values?: Record<string, unknown>;
}) {
  const { language } = useApp();
  return (
    <span class="both">
      <span lang="nl">{dutch(id, values)}</span>
      {language !== 'nl' && (
        <span class="both-translation" lang={language} dir="auto">
          {t(id, values)}
        </span>
      )}
    </span>
  );
}

/** The learning plan as one A4 page, in Dutch with the learner's language beside it. */
export function PlanSheet({ plan, packs, dutch }: SheetProps) {
  const { language } = useApp();
  const goals = plan.goals.filter((goal) => goal.trim() !== '');
  const ordered = plan.packIds
    .map((id) => packs.find((stored) => stored.id === id))
    .filter((stored): stored is StoredPack => !!stored);
  return (
    // The sheet is Dutch first, so it reads left to right; each translation keeps its own direction.
    <article class="plan-sheet" dir="ltr" lang="nl" aria-labelledby="plan-sheet-title">
      <h2 id="plan-sheet-title">
        <Both id="plan.sheetTitle" dutch={dutch} />
      </h2>
      <h3>
        <Both id="plan.goals" dutch={dutch} />
      </h3>
      <ol>
        {goals.map((goal) => (
          <li key={goal} dir="auto">
            {goal}
          </li>
        ))}
      </ol>
      <h3>
        <Both id="plan.packs" dutch={dutch} />
      </h3>
      <ol>
        {ordered.map((stored) => (
          <li key={stored.id}>
            <span lang="nl">{stored.pack.title.nl}</span>
            {language !== 'nl' && (
              <span class="both-translation" lang={language} dir="auto">
                {translated(stored.pack.title, language)}
              </span>
            )}
          </li>
        ))}
      </ol>
      <h3>
        <Both id="plan.meetings" dutch={dutch} />
      </h3>
      <p>
        {plan.rhythm && <Both id={`plan.rhythm.${plan.rhythm}`} dutch={dutch} />}
        {plan.place && <span dir="auto"> · {plan.place}</span>}
      </p>
      <div class="expectations">
        <div>
          <h3>
            <Both id="plan.learnerExpects" dutch={dutch} />
          </h3>
          <p dir="auto">{plan.learnerExpects}</p>
        </div>
        <div>
          <h3>
            <Both id="plan.buddyExpects" dutch={dutch} />
          </h3>
          <p dir="auto">{plan.buddyExpects}</p>
        </div>
      </div>
      <p class="sheet-footer">
        <Both
          id="plan.madeOn"
          dutch={dutch}
          values={{
            date: new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(plan.updatedAt),
          }}
        />
      </p>
    </article>
  );
}
