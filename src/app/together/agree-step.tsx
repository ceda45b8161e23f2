import { useState } from 'preact/hooks';
import type { Appointment } from '../../core/plan';
import { saveAppointment } from '../../db/plan';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Step 5: when and where the learner will do it. Saved, and shown on the home screen. */
export function AgreeStep({
  packId,
  challengeId,
  current,
}: {
  packId: string;
  challengeId: string;
  current: Appointment | undefined;
}) {
  const [day, setDay] = useState(current?.challengeId === challengeId ? current.day : '');
  const [place, setPlace] = useState(current?.challengeId === challengeId ? current.place : '');
  const [isSaved, setSaved] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!day) return;
    await saveAppointment({ packId, challengeId, day, place });
    setSaved(true);
  };
  return (
    <form class="agree" onSubmit={save}>
      <label for="agree-day">{t('together.whichDay')}</label>
      <input
        id="agree-day"
        type="date"
        min={todayIso()}
        value={day}
        required
        onInput={(event) => setDay(event.currentTarget.value)}
      />
      <label for="agree-place">{t('together.wherePlace')}</label>
      <input
        id="agree-place"
        type="text"
        dir="auto"
        value={place}
        onInput={(event) => setPlace(event.currentTarget.value)}
      />
      <button type="submit" class="button button-primary">
        <Icon name="calendar" />
        {t('together.saveAgreement')}
      </button>
      <p role="status">{isSaved ? t('together.agreementSaved') : ''}</p>
    </form>
  );
}
