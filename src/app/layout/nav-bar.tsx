import { useLocation } from '../router/router';
import { t } from '../../i18n';
import { Icon } from '../ui/icon';
import type { UiIconName } from '../../core/icon-paths';

const TABS: { href: string; icon: UiIconName; label: string }[] = [
  { href: '/', icon: 'week', label: 'nav.week' },
  { href: '/progress', icon: 'progress', label: 'nav.progress' },
  { href: '/packs', icon: 'packs', label: 'nav.packs' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];

function isActive(href: string, path: string): boolean {
  return href === '/'
    ? path === '/' || path.startsWith('/challenge') || path.startsWith('/reflection')
    : path.startsWith(href);
}

/** The four places of the app, always at the bottom, with a picture and a word each. */
export function NavBar() {
  const { path } = useLocation();
  return (
    <nav class="nav-bar" aria-label={t('nav.label')}>
      {TABS.map((tab) => (
        <a
          key={tab.href}
          href={tab.href}
          aria-current={isActive(tab.href, path) ? 'page' : undefined}
        >
          <Icon name={tab.icon} />
          <span>{t(tab.label)}</span>
        </a>
      ))}
    </nav>
  );
}
