import { t } from '../../i18n';
import { Icon } from '../ui/icon';
import type { PackFetch } from './pack-source';

/** What went wrong when getting a pack, in the learner's language; details for the library below. */
export function FetchProblem({ result }: { result: Exclude<PackFetch, { kind: 'ok' }> }) {
  return (
    <div class="banner banner-warning" role="alert">
      <Icon name={result.kind === 'offline' ? 'cloud' : 'warning'} />
      <div>
        <p class="banner-title">{t(`packs.fetch.${result.kind}`)}</p>
        {result.kind === 'invalid' && (
          <details>
            <summary>{t('packs.fetch.detailsForLibrary')}</summary>
            <ul lang="en" dir="ltr">
              {result.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </div>
  );
}
