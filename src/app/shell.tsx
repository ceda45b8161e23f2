import { t } from '../i18n';

/** The app's frame; the screens come with the learner's app. */
export function Shell() {
  return (
    <main>
      <h1>{t('app.name')}</h1>
      <p>{t('app.tagline')}</p>
    </main>
  );
}
