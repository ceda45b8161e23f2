import { INVITATION_LANGUAGES, type PosterContent } from '../../core/poster';
import { isRightToLeft } from '../../core/languages';
import type { FixedT } from '../../i18n';
import { Icon } from '../ui/icon';
import { QrCode } from '../ui/qr-code';

interface PosterViewProps {
  content: PosterContent;
  /** The poster's texts: Dutch first, then each invitation language. */
  texts: Record<string, FixedT>;
  qrLabel: string;
}

/** The poster as the library prints it: the same design as the command line's PDF. */
export function PosterView({ content, texts, qrLabel }: PosterViewProps) {
  const dutch = texts.nl!;
  return (
    <article class="poster" lang="nl" dir="ltr" aria-label={content.title}>
      <header class="poster-band">
        <img src="/icons/icon.svg" alt="" width="64" height="64" />
        <div>
          <p class="poster-name">{dutch('app.name')}</p>
          <p class="poster-library">{content.libraryName}</p>
        </div>
      </header>
      <h2 class="poster-title">{content.title}</h2>
      <p class="poster-invitation">{dutch('poster.invitation')}</p>
      <div class="poster-main">
        <ul class="poster-challenges">
          {content.challenges.map((challenge) => (
            <li key={challenge.title}>
              <span class="poster-icon">
                <Icon name={challenge.icon} size={2.2} />
              </span>
              <span>{challenge.title}</span>
            </li>
          ))}
        </ul>
        <div class="poster-qr">
          <QrCode text={content.url} label={qrLabel} size="100%" />
        </div>
      </div>
      <p class="poster-scan">{dutch('poster.scan')}</p>
      <p class="poster-link">
        {dutch('poster.typeLink')} {content.shortLink}
      </p>
      <ul class="poster-translations">
        {INVITATION_LANGUAGES.map((language) => (
          <li key={language} lang={language} dir={isRightToLeft(language) ? 'rtl' : 'ltr'}>
            {texts[language]?.('poster.invitation')}
          </li>
        ))}
      </ul>
      <footer class="poster-footer">{dutch('poster.free')}</footer>
    </article>
  );
}
