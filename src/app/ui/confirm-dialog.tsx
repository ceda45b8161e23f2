import type { ComponentChildren, RefObject } from 'preact';
import { t } from '../../i18n';
import { Icon } from './icon';

interface ConfirmDialogProps {
  dialog: RefObject<HTMLDialogElement | null>;
  id: string;
  question: string;
  confirm: string;
  onConfirm: () => Promise<void> | void;
  children?: ComponentChildren;
}

/** "Are you sure?" before something that cannot be undone: Cancel, or the red button. */
export function ConfirmDialog({
  dialog,
  id,
  question,
  confirm,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={id}>
      <h2 id={id}>{question}</h2>
      {children}
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => dialog.current?.close()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="button button-danger"
          onClick={async () => {
            await onConfirm();
            dialog.current?.close();
          }}
        >
          <Icon name="trash" />
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
