import { t } from '../i18n';
import { Page } from './layout/page';

/** A page the app does not know, or a challenge that is no longer on this device. */
export function NotFoundScreen() {
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <a class="button button-primary" href="/">
        {t('packs.toHome')}
      </a>
    </Page>
  );
}
