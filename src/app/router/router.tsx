/**
 * A small router: the address bar is the state. Links inside the app change the page
 * without a reload; back and forward work; screens read their parameters with useRoute().
 * (Small on purpose: every kilobyte counts on the first visit.)
 */
import { createContext, type ComponentChildren, type ComponentType } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';

interface Location {
  path: string;
  /** Goes to another page of the app. */
  route: (url: string) => void;
}

const LocationContext = createContext<Location>({ path: '/', route: () => undefined });
const ParamsContext = createContext<Record<string, string>>({});

export const useLocation = () => useContext(LocationContext);
export const useRoute = () => ({ params: useContext(ParamsContext) });

/** An ordinary left click on a link to a page of this app, which the app can show itself. */
function appLinkOf(event: MouseEvent): HTMLAnchorElement | null {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return null;
  const link = (event.target as Element | null)?.closest?.('a');
  if (
    !link ||
    link.target ||
    link.hasAttribute('download') ||
    link.origin !== window.location.origin
  )
    return null;
  return link;
}

export function LocationProvider({ children }: { children: ComponentChildren }) {
  const [path, setPath] = useState(window.location.pathname);
  const location = useMemo<Location>(
    () => ({
      path,
      route: (url) => {
        window.history.pushState(null, '', url);
        setPath(window.location.pathname);
        window.scrollTo(0, 0);
      },
    }),
    [path],
  );
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = appLinkOf(event);
      if (!link) return;
      event.preventDefault();
      location.route(link.pathname + link.search);
    };
    const onPopState = () => setPath(window.location.pathname);
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', onPopState);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPopState);
    };
  }, [location]);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

/** The parameters of `path` if it matches `pattern` ("/p/:packId"), else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index++) {
    const part = want[index]!;
    const actual = have[index]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

export interface RouteDefinition {
  path: string;
  component: ComponentType;
}

/** Shows the first route whose path matches the address, or `fallback`. */
export function Router({
  routes,
  fallback: Fallback,
}: {
  routes: readonly RouteDefinition[];
  fallback: ComponentType;
}) {
  const { path } = useLocation();
  for (const { path: pattern, component: Screen } of routes) {
    const params = matchPath(pattern, path);
    if (params) {
      return (
        <ParamsContext.Provider value={params}>
          <Screen key={pattern} />
        </ParamsContext.Provider>
      );
    }
  }
  return <Fallback />;
}
