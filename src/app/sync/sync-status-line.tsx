import { useLive } from '../../db/live';
import { syncStatus } from '../../db/sync-state';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Icon } from '../ui/icon';
import type { UiIconName } from '../../core/icon-paths';

const ICONS: Record<string, UiIconName> = {
  local: 'check',
  synced: 'cloud',
  waiting: 'cloud',
  attention: 'warning',
  'signed-out': 'warning',
};

/** One line that says where the learner's work is: on this phone, backed up, waiting, or needing attention. */
export function SyncStatusLine() {
  const { language } = useApp();
  const status = useLive(syncStatus, []);
  if (!status) return null;
  const time = status.lastSyncedAt
    ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        status.lastSyncedAt,
      )
    : '';
  const text =
    status.state === 'synced'
      ? t('sync.state.synced', { time })
      : status.state === 'waiting'
        ? t('sync.state.waiting', { count: status.waiting })
        : status.state === 'attention'
          ? t('sync.state.attention', { count: status.attention })
          : status.state === 'signed-out'
            ? t('sync.state.signedOut')
            : t('sync.state.local');
  return (
    <p class={`sync-status sync-${status.state}`} role="status">
      <Icon name={ICONS[status.state] ?? 'cloud'} />
      <span>{text}</span>
    </p>
  );
}
