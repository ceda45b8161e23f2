import { t } from '../../i18n';
import { Icon } from '../ui/icon';

/** The things learner and buddy do together: intake booklet, learning plan, the buddy's guide. */
export function BuddyLinks() {
  return (
    <section aria-labelledby="with-buddy">
      <h2 id="with-buddy">{t('settings.withBuddy')}</h2>
      <a class="button button-wide" href="/intake">
        <Icon name="pencil" />
        {t('intake.title')}
      </a>
      <a class="button button-wide" href="/plan">
        <Icon name="calendar" />
        {t('plan.title')}
      </a>
      <a class="button button-wide" href="/buddy">
        <Icon name="chat" />
        {t('buddy.title')}
      </a>
    </section>
  );
}
