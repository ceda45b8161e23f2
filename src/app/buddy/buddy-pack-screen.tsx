import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { useRoute } from '../router/router';
import { FetchProblem } from '../packs/fetch-problem';
import { PackFacts } from '../packs/pack-facts';
import { fetchPack, type PackFetch } from '../packs/pack-source';
import { Dutch } from '../ui/dutch';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';

/** One pack for the buddy: per challenge the situation, the tips and the role-play script. */
export function BuddyPackScreen() {
  const { params } = useRoute();
  const { language } = useApp();
  const [result, setResult] = useState<PackFetch | null>(null);
  useEffect(() => {
    void fetchPack(params.packId ?? '').then(setResult);
  }, [params.packId]);
  if (!result) return null;
  if (result.kind !== 'ok') {
    return (
      <Page title={t('buddy.title')} back="/buddy">
        <FetchProblem result={result} />
      </Page>
    );
  }
  const { pack } = result;
  return (
    <Page title={translated(pack.title, language)} back="/buddy">
      <PackFacts level={pack.level} themes={pack.themes} challengeCount={pack.challenges.length} />
      {pack.challenges.map((challenge, index) => (
        <section
          key={challenge.id}
          class="card buddy-challenge"
          aria-labelledby={`buddy-${challenge.id}`}
        >
          <h2 id={`buddy-${challenge.id}`}>
            <Icon name={challenge.icon ?? 'chat'} /> {index + 1}.{' '}
            <Dutch>{challenge.title.nl}</Dutch>
          </h2>
          {language !== 'nl' && <p class="muted">{translated(challenge.title, language)}</p>}
          <p>
            <Dutch>{challenge.situation.nl}</Dutch>
          </p>
          <h3>{t('buddy.tips')}</h3>
          <ul>
            {challenge.buddyTips.map((tip) => (
              <li key={tip.nl}>
                <Dutch>{tip.nl}</Dutch>
              </li>
            ))}
          </ul>
          <details>
            <summary>
              {t('buddy.rolePlay', { other: translated(challenge.rolePlay.other, language) })}
            </summary>
            <ol class="plain-list role-script">
              {challenge.rolePlay.lines.map((line, lineIndex) => (
                <li key={lineIndex} class={`role-line role-${line.role}`}>
                  <span class="role-name">
                    {line.role === 'other'
                      ? translated(challenge.rolePlay.other, language)
                      : t('buddy.learner')}
                  </span>
                  <Dutch>{line.nl}</Dutch>
                </li>
              ))}
            </ol>
          </details>
          {challenge.outing && (
            <p class="tag">
              <Icon name="market" /> {t('outing.tag')}
            </p>
          )}
        </section>
      ))}
    </Page>
  );
}
