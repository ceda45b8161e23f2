import { useState } from 'preact/hooks';
import { isWellFormedCode } from '../../core/sync/restore-code';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';
import { syncEngine } from './sync-service';

type Outcome = 'idle' | 'busy' | 'done' | 'not-found' | 'offline' | 'retry-later' | 'bad' | 'other';

function outcomeOf(problem: string): Outcome {
  if (problem === 'not-found' || problem === 'offline' || problem === 'retry-later') return problem;
  return problem === 'bad-request' ? 'bad' : 'other';
}

/** "Get your data from another phone": type (or scan) the restore code. */
export function RestoreForm() {
  const [code, setCode] = useState(
    () => new URLSearchParams(window.location.search).get('restore') ?? '',
  );
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isWellFormedCode(code)) return setOutcome('bad');
    setOutcome('busy');
    const result = await syncEngine().restore(code);
    setOutcome(result.ok ? 'done' : outcomeOf(result.problem));
  };
  return (
    <form class="restore-form" onSubmit={submit}>
      <h3>{t('sync.restoreTitle')}</h3>
      <label for="restore-code">{t('sync.restoreLabel')}</label>
      <input
        id="restore-code"
        dir="ltr"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        value={code}
        onInput={(event) => setCode(event.currentTarget.value)}
      />
      <button type="submit" class="button button-primary" disabled={outcome === 'busy'}>
        <Icon name="download" />
        {t('sync.restoreButton')}
      </button>
      <p role="status">{outcome === 'done' ? t('sync.restoreDone') : ''}</p>
      {outcome !== 'idle' && outcome !== 'busy' && outcome !== 'done' && (
        <p role="alert">{t(`sync.restoreFailed.${outcome}`)}</p>
      )}
    </form>
  );
}
