import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';

interface PageProps {
  title: string;
  /** Where the back link goes, if the page has one. */
  back?: string;
  children: ComponentChildren;
}

/** One screen: its heading (focused on arrival, for screen readers) and its content. */
export function Page({ title, back, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Stapjes`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <main id="main" class="page">
      {back && (
        <a class="back-link" href={back}>
          <Icon name="back" isDirectional />
          {t('nav.back')}
        </a>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </main>
  );
}
