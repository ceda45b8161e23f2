import { useRef } from 'preact/hooks';
import {
  DIFFICULTIES,
  MINUTES_PER_WEEK,
  PLACES,
  SPOKEN_LANGUAGES,
  type Difficulty,
  type SpokenLanguage,
} from '../../core/intake';
import type { IconName, Theme } from '../../core/pack/vocabulary';
import { eraseIntake, readIntake, saveIntake } from '../../db/intake';
import { useLive } from '../../db/live';
import { t } from '../../i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import { RadioGroup } from '../ui/radio-group';
import type { UiIconName } from '../../core/icon-paths';

const PLACE_ICONS: Record<Theme, IconName> = {
  shopping: 'cart',
  neighbours: 'wave',
  directions: 'map',
  health: 'doctor',
  work: 'work',
  school: 'school',
  municipality: 'town-hall',
  library: 'book',
  social: 'coffee',
  transport: 'bus',
  housing: 'house',
};

const DIFFICULTY_ICONS: Record<Difficulty, UiIconName | IconName> = {
  speaking: 'chat',
  listening: 'speaker',
  reading: 'book',
  writing: 'pencil',
  phone: 'phone',
  'fast-speech': 'slow',
  courage: 'star',
};

/** Each language by its own name. */
const LANGUAGE_NAMES: Record<Exclude<SpokenLanguage, 'other'>, string> = {
  ar: 'العربية',
  ti: 'ትግርኛ',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  tr: 'Türkçe',
  ro: 'Română',
  bg: 'Български',
  en: 'English',
  fa: 'فارسی',
  ku: 'Kurdî',
  so: 'Soomaali',
  es: 'Español',
  fr: 'Français',
};

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/** The intake booklet: a few questions, mostly pictures, every answer saved at once, private. */
export function IntakeScreen() {
  const intake = useLive(() => readIntake().then((found) => found ?? null), []);
  const dialog = useRef<HTMLDialogElement>(null);
  if (intake === undefined) return null;
  const languages = intake?.languages ?? [];
  const places = intake?.places ?? [];
  const difficulties = intake?.difficulties ?? [];
  return (
    <Page title={t('intake.title')} back="/settings">
      <p class="lead">{t('intake.intro')}</p>
      <fieldset class="choices choices-grid">
        <legend>{t('intake.places')}</legend>
        {PLACES.map((place) => (
          <label key={place} class="choice choice-picture">
            <input
              type="checkbox"
              checked={places.includes(place)}
              onChange={() => saveIntake({ places: toggled(places, place) })}
            />
            <Icon name={PLACE_ICONS[place]} size={2} />
            <span>{t(`themes.${place}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices choices-grid">
        <legend>{t('intake.difficulties')}</legend>
        {DIFFICULTIES.map((difficulty) => (
          <label key={difficulty} class="choice choice-picture">
            <input
              type="checkbox"
              checked={difficulties.includes(difficulty)}
              onChange={() => saveIntake({ difficulties: toggled(difficulties, difficulty) })}
            />
            <Icon name={DIFFICULTY_ICONS[difficulty]} size={2} />
            <span>{t(`intake.difficulty.${difficulty}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices choices-row">
        <legend>{t('intake.languages')}</legend>
        {SPOKEN_LANGUAGES.map((code) => (
          <label key={code} class="choice" lang={code === 'other' ? undefined : code}>
            <input
              type="checkbox"
              checked={languages.includes(code)}
              onChange={() => saveIntake({ languages: toggled(languages, code) })}
            />
            <span>{code === 'other' ? t('intake.otherLanguage') : LANGUAGE_NAMES[code]}</span>
          </label>
        ))}
      </fieldset>
      <RadioGroup
        legend={t('intake.time')}
        name="minutes"
        options={MINUTES_PER_WEEK}
        value={intake?.minutesPerWeek}
        onChoose={(minutes) => saveIntake({ minutesPerWeek: minutes })}
        label={(minutes) => t('intake.minutes', { count: minutes })}
        layout="row"
      />
      <div class="field">
        <label for="intake-why">{t('intake.why')}</label>
        <textarea
          id="intake-why"
          rows={3}
          dir="auto"
          value={intake?.why ?? ''}
          onInput={(event) => saveIntake({ why: event.currentTarget.value })}
        />
      </div>
      <p class="muted">{t('intake.private')}</p>
      <a class="button button-primary button-wide" href="/packs">
        <Icon name="packs" />
        {t('intake.seeSuggestions')}
      </a>
      {intake && (
        <button
          type="button"
          class="button button-danger button-wide"
          onClick={() => dialog.current?.showModal()}
        >
          <Icon name="trash" />
          {t('intake.erase')}
        </button>
      )}
      <ConfirmDialog
        dialog={dialog}
        id="erase-intake"
        question={t('intake.eraseQuestion')}
        confirm={t('intake.eraseConfirm')}
        onConfirm={() => eraseIntake()}
      />
    </Page>
  );
}
