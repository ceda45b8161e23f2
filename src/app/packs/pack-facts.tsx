import type { Level, Theme } from '../../core/pack/vocabulary';
import { t } from '../../i18n';

interface PackFactsProps {
  level: Level;
  themes: readonly Theme[];
  challengeCount: number;
}

/** Level, themes and number of challenges, as small labelled facts. */
export function PackFacts({ level, themes, challengeCount }: PackFactsProps) {
  return (
    <dl class="pack-facts">
      <div>
        <dt>{t('packs.level')}</dt>
        <dd>
          <span class="level-badge">{level}</span> {t(`levels.${level}`)}
        </dd>
      </div>
      <div>
        <dt>{t('packs.themes')}</dt>
        <dd>{themes.map((theme) => t(`themes.${theme}`)).join(' · ')}</dd>
      </div>
      <div>
        <dt>{t('packs.challenges')}</dt>
        <dd>{t('packs.challengeCount', { count: challengeCount })}</dd>
      </div>
    </dl>
  );
}
