import { useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { Dutch } from '../ui/dutch';
import { Icon } from '../ui/icon';

/** The note a learner shows to the person they speak to. Always Dutch, whatever the interface. */
export const SHOW_CARD_DUTCH = ['Ik leer Nederlands.', 'Wilt u langzaam praten?', 'Dank u wel!'];

/** A button that fills the screen with the note, in letters readable from arm's length. */
export function ShowCardButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class="button button-wide" onClick={() => dialog.current?.showModal()}>
        <Icon name="show" />
        {t('challenge.showCard')}
      </button>
      <dialog ref={dialog} class="show-card" aria-labelledby="show-card-text">
        <p id="show-card-text" class="show-card-text">
          {SHOW_CARD_DUTCH.map((line) => (
            <Dutch key={line}>{line} </Dutch>
          ))}
        </p>
        <p class="show-card-hint">{t('challenge.showCardHint')}</p>
        <button
          type="button"
          class="button button-primary button-wide"
          onClick={() => dialog.current?.close()}
        >
          <Icon name="close" />
          {t('common.close')}
        </button>
      </dialog>
    </>
  );
}
