import { useRef, useState } from 'preact/hooks';
import { eraseEverything, exportEverything } from '../../db/export';
import { useLive } from '../../db/live';
import { syncStatus } from '../../db/sync-state';
import { t } from '../../i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { syncEngine, syncNow } from '../sync/sync-service';
import { Icon } from '../ui/icon';

function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** After "erase everything": gone from this phone, and whether the server has done it too. */
function Erased() {
  const status = useLive(syncStatus, []);
  return (
    <div class="card" role="status">
      <p class="celebrate">
        <Icon name="check" /> {t('settings.erasedHere')}
      </p>
      {status?.isErasePending && <p>{t('settings.erasePendingServer')}</p>}
      {status?.erasedOnServerAt && <p>{t('settings.erasedServer')}</p>}
      <a class="button button-primary" href="/">
        {t('settings.startAfresh')}
      </a>
    </div>
  );
}

/** "Export my data" as a JSON file (with the server's copy when online), and "erase everything", after asking. */
export function MyData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  const [isErased, setErased] = useState(false);
  const exportNow = async () => {
    const data = await exportEverything();
    const server = await syncEngine()
      .exportServerData()
      .catch(() => null);
    download(
      `stapjes-${data.exportedAt.slice(0, 10)}.json`,
      JSON.stringify({ ...data, server }, null, 2),
    );
    setMessage(server ? t('settings.exportedWithServer') : t('settings.exported'));
  };
  const eraseNow = async () => {
    await eraseEverything();
    setErased(true);
    void syncNow();
  };
  if (isErased) return <Erased />;
  return (
    <section aria-labelledby="my-data">
      <h2 id="my-data">{t('settings.myData')}</h2>
      <p class="muted">{t('settings.myDataPrivate')}</p>
      <button type="button" class="button button-wide" onClick={exportNow}>
        <Icon name="download" />
        {t('settings.export')}
      </button>
      <p role="status">{message}</p>
      <button
        type="button"
        class="button button-danger button-wide"
        onClick={() => dialog.current?.showModal()}
      >
        <Icon name="trash" />
        {t('settings.erase')}
      </button>
      <ConfirmDialog
        dialog={dialog}
        id="erase-title"
        question={t('settings.eraseQuestion')}
        confirm={t('settings.eraseConfirm')}
        onConfirm={eraseNow}
      >
        <p>{t('settings.eraseExplain')}</p>
      </ConfirmDialog>
    </section>
  );
}
