import { useRef, useState } from 'preact/hooks';
import { removePack } from '../../db/packs';
import { t } from '../../i18n';
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
      <dialog ref={dialog} class="dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('packs.removeQuestion', { title })}</h2>
        <p>{t('packs.removeKeeps')}</p>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={withReflections}
            onChange={(event) => setWithReflections(event.currentTarget.checked)}
          />
          {t('packs.removeReflectionsToo')}
        </label>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              await removePack(packId, withReflections);
              dialog.current?.close();
            }}
          >
            <Icon name="trash" />
            {t('packs.removeConfirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
