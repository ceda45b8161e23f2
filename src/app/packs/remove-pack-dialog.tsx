import { useRef, useState } from 'preact/hooks';
import { removePack } from '../../db/packs';
import { t } from '../../i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Icon } from '../ui/icon';

/** Remove a pack, after asking; the learner's reflections stay unless they tick the box. */
export function RemovePackButton({ packId, title }: { packId: string; title: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [withReflections, setWithReflections] = useState(false);
  const titleId = `remove-${packId}`;
  return (
    <>
      <button type="button" class="button button-quiet" onClick={() => dialog.current?.showModal()}>
        <Icon name="trash" />
        {t('packs.remove')}
      </button>
      <ConfirmDialog
        dialog={dialog}
        id={titleId}
        question={t('packs.removeQuestion', { title })}
        confirm={t('packs.removeConfirm')}
        onConfirm={() => removePack(packId, withReflections)}
      >
        <p>{t('packs.removeKeeps')}</p>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={withReflections}
            onChange={(event) => setWithReflections(event.currentTarget.checked)}
          />
          {t('packs.removeReflectionsToo')}
        </label>
      </ConfirmDialog>
    </>
  );
}
