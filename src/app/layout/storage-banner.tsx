import { useEffect, useState } from 'preact/hooks';
import { onStorageProblem, type StorageProblem } from '../../db/errors';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';

/** Tells the learner when something could not be saved, and what to do; earlier data is safe. */
export function StorageBanner() {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => onStorageProblem(setProblem), []);
  if (!problem) return null;
  return (
    <div class="banner banner-warning" role="alert">
      <Icon name="warning" />
      <div>
        <p class="banner-title">{t(`storage.${problem}.title`)}</p>
        <p>{t(`storage.${problem}.what`)}</p>
      </div>
      <button type="button" class="button-quiet" onClick={() => setProblem(null)}>
        {t('common.close')}
      </button>
    </div>
  );
}
