import { useState } from 'preact/hooks';
import type { CatalogEntry } from '../../core/pack/catalog';
import { POSTER_SIZES, type PosterSize } from '../../core/poster';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { FetchProblem } from '../packs/fetch-problem';
import { Icon } from '../ui/icon';
import { RadioGroup } from '../ui/radio-group';
import { translated } from '../ui/translated';
import { PosterView } from './poster-view';
import { usePoster } from './use-poster';

function PackChoice(props: {
  entries: CatalogEntry[];
  packId: string;
  onChoose: (packId: string) => void;
}) {
  const { language } = useApp();
  return (
    <div class="field">
      <label for="poster-pack">{t('posters.pack')}</label>
      <select
        id="poster-pack"
        value={props.packId}
        onChange={(event) => props.onChoose(event.currentTarget.value)}
      >
        {props.entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {translated(entry.title, language)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** For library staff: choose a pack and a size, see the poster, print it (nothing of the app on paper). */
export function PostersScreen() {
  const poster = usePoster(new URLSearchParams(window.location.search).get('pack') ?? '');
  const [size, setSize] = useState<PosterSize>('A4');
  const { content, texts } = poster;
  return (
    <Page title={t('posters.title')} back="/packs">
      <style>{`@page { size: ${size}; margin: 0; }`}</style>
      <div class="poster-controls">
        <p>{t('posters.intro')}</p>
        <PackChoice entries={poster.entries} packId={poster.packId} onChoose={poster.choosePack} />
        <RadioGroup
          legend={t('posters.size')}
          name="poster-size"
          options={POSTER_SIZES}
          value={size}
          onChoose={setSize}
          label={(option) => option}
          layout="row"
        />
        <button
          type="button"
          class="button button-primary button-wide"
          onClick={() => window.print()}
          disabled={!content}
        >
          <Icon name="print" />
          {t('posters.print')}
        </button>
        {poster.problem && <FetchProblem result={poster.problem} />}
      </div>
      {content && texts && (
        <PosterView
          content={content}
          texts={texts}
          qrLabel={t('posters.qrLabel', { link: content.shortLink })}
        />
      )}
    </Page>
  );
}
