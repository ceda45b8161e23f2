import { useRef, useState } from 'preact/hooks';
import { eraseEverything, exportEverything } from '../../db/export';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';

function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Export my data" as a JSON file, and "erase everything on this device", after asking. */
export function MyData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  const exportNow = async () => {
    const data = await exportEverything();
    download(`stapjes-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2));
    setMessage(t('settings.exported'));
  };
  const eraseNow = async () => {
    await eraseEverything();
    dialog.current?.close();
    window.location.assign('/');
  };
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
      <dialog ref={dialog} class="dialog" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('settings.eraseQuestion')}</h2>
        <p>{t('settings.eraseExplain')}</p>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="button" class="button button-danger" onClick={eraseNow}>
            <Icon name="trash" />
            {t('settings.eraseConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
