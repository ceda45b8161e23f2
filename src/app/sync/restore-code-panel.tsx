import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Icon } from '../ui/icon';
import { QrCode } from '../ui/qr-code';
import { syncEngine } from './sync-service';

type Shown = { code: string; expiresAt: number } | 'revoked' | 'offline' | null;

/** Makes a restore code (text and QR code) to write down or photograph, and can stop it. */
export function RestoreCodePanel() {
  const { language } = useApp();
  const [shown, setShown] = useState<Shown>(null);
  const create = () =>
    syncEngine()
      .createRestoreCode()
      .then(setShown, () => setShown('offline'));
  const revoke = () =>
    syncEngine()
      .revokeRestoreCodes()
      .then(
        () => setShown('revoked'),
        () => setShown('offline'),
      );
  const link =
    typeof shown === 'object' && shown
      ? `${window.location.origin}/settings?restore=${shown.code.replace(/-/g, '')}`
      : '';
  return (
    <div class="restore-code">
      <button type="button" class="button button-wide" onClick={create}>
        <Icon name="card" />
        {t('sync.createCode')}
      </button>
      {shown === 'offline' && <p role="alert">{t('sync.codeOffline')}</p>}
      {shown === 'revoked' && <p role="status">{t('sync.codeRevoked')}</p>}
      {typeof shown === 'object' && shown && (
        <div class="card code-card">
          <p>{t('sync.codeExplain')}</p>
          <p class="code-text" dir="ltr" lang="en">
            {shown.code}
          </p>
          <QrCode text={link} label={t('sync.codeQr')} />
          <p class="muted">
            {t('sync.codeValidUntil', {
              date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(
                shown.expiresAt,
              ),
            })}
          </p>
          <button type="button" class="button button-quiet" onClick={revoke}>
            {t('sync.revokeCode')}
          </button>
        </div>
      )}
    </div>
  );
}
