import { useLive } from '../../db/live';
import { dismissRejected, rejectedChanges, syncStatus } from '../../db/sync-state';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';
import { RestoreCodePanel } from './restore-code-panel';
import { RestoreForm } from './restore-form';
import { SyncStatusLine } from './sync-status-line';
import { syncEngine, syncNow } from './sync-service';

/** Changes the server refused: kept visible here until the learner removes them. */
function NeedsAttention() {
  const rejected = useLive(rejectedChanges, []);
  if (!rejected || rejected.length === 0) return null;
  return (
    <div class="card">
      <h3>{t('sync.attentionTitle')}</h3>
      <p>{t('sync.attentionExplain')}</p>
      <ul class="plain-list">
        {rejected.map((change) => (
          <li key={change.seq} class="attention-item">
            <span lang="en" dir="ltr">
              {change.reason}
            </span>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => dismissRejected(change.seq)}
            >
              {t('sync.attentionRemove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Backup in settings: where things stand, a restore code, and getting data from another phone. */
export function BackupSection() {
  const status = useLive(syncStatus, []);
  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('sync.title')}</h2>
      <SyncStatusLine />
      <p class="muted">{t('sync.explain')}</p>
      {status?.state === 'signed-out' && (
        <button
          type="button"
          class="button button-wide"
          onClick={() => void syncEngine().startAgain()}
        >
          <Icon name="repeat" />
          {t('sync.startAgain')}
        </button>
      )}
      {status && status.waiting > 0 && status.state !== 'signed-out' && (
        <button type="button" class="button button-wide" onClick={() => void syncNow()}>
          <Icon name="cloud" />
          {t('sync.syncNow')}
        </button>
      )}
      <NeedsAttention />
      <RestoreCodePanel />
      <RestoreForm />
    </section>
  );
}
