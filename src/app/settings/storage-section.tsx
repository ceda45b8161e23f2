import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { storageFacts, type StorageFacts } from '../../pwa/storage';
import { useApp } from '../app-context';

function formatSize(bytes: number, language: string): string {
  const megabytes = bytes / 1_000_000;
  const unit = megabytes >= 1 ? 'megabyte' : 'kilobyte';
  const value = megabytes >= 1 ? megabytes : bytes / 1000;
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    value,
  );
}

/** How much Stapjes stores here, and whether the browser promised to keep it. */
export function StorageSection() {
  const { language } = useApp();
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    void storageFacts().then(setFacts);
  }, []);
  if (!facts) return null;
  return (
    <section aria-labelledby="storage">
      <h2 id="storage">{t('settings.storage')}</h2>
      <p>
        {facts.usedBytes === null
          ? t('settings.storageUnknown')
          : t('settings.storageUsed', { size: formatSize(facts.usedBytes, language) })}
      </p>
      {facts.isPersistent !== null && (
        <p>
          {facts.isPersistent
            ? t('settings.storagePersistent')
            : t('settings.storageNotPersistent')}
        </p>
      )}
    </section>
  );
}
