import { FEELINGS, type Feeling } from '../../core/records';
import { t } from '../../i18n';

// Mouths from a deep frown (1) to a wide smile (5), on a 48×48 face.
const MOUTHS: Record<Feeling, string> = {
  1: 'M15 35c5-6 13-6 18 0',
  2: 'M16 33c4-3 12-3 16 0',
  3: 'M16 32h16',
  4: 'M16 30c4 4 12 4 16 0',
  5: 'M14 28c5 9 15 9 20 0z',
};

const COLOURS: Record<Feeling, string> = {
  1: '#f4c7c3',
  2: '#f9dcb8',
  3: '#f5ecb6',
  4: '#cfe8c4',
  5: '#b6e0cf',
};

function Face({ feeling }: { feeling: Feeling }) {
  return (
    <svg viewBox="0 0 48 48" width="3em" height="3em" aria-hidden="true" focusable="false">
      <circle
        cx="24"
        cy="24"
        r="21"
        fill={COLOURS[feeling]}
        stroke="currentColor"
        stroke-width="2"
      />
      <circle cx="17" cy="20" r="2.5" fill="currentColor" />
      <circle cx="31" cy="20" r="2.5" fill="currentColor" />
      <path
        d={MOUTHS[feeling]}
        fill={feeling === 5 ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="2.5"
        stroke-linecap="round"
      />
    </svg>
  );
}

interface FacesProps {
  value: Feeling | null;
  onChange: (feeling: Feeling) => void;
}

/** "How did it go?" as five faces, each a radio button with its word. */
export function Faces({ value, onChange }: FacesProps) {
  return (
    <fieldset class="faces">
      <legend class="visually-hidden">{t('reflection.howDidItGo')}</legend>
      <div class="faces-row">
        {FEELINGS.map((feeling) => (
          <label key={feeling} class="face">
            <input
              type="radio"
              name="feeling"
              value={feeling}
              checked={value === feeling}
              onChange={() => onChange(feeling)}
            />
            <Face feeling={feeling} />
            <span>{t(`reflection.feeling${feeling}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A small face for lists of reflections. */
export function FaceBadge({ feeling }: { feeling: Feeling }) {
  return (
    <span class="face-badge" title={t(`reflection.feeling${feeling}`)}>
      <Face feeling={feeling} />
      <span class="visually-hidden">{t(`reflection.feeling${feeling}`)}</span>
    </span>
  );
}
