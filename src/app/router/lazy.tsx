import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadScreenTexts, t } from '../../i18n';

/** A screen whose code is fetched the first time it is shown, or earlier through `preload`. */
export type LazyScreen<Props extends object> = ComponentType<Props> & {
  /** Starts fetching the screen's code now, so that showing it later does not wait. */
  preload: () => void;
};

/** A screen whose code is fetched the first time it is shown (code-splitting by route). */
export function lazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyScreen<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const start = () => {
    // The screen's texts come with its code: the first chunk holds only the first screen's.
    loading ??= Promise.all([load(), loadScreenTexts()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        loading = null; // a later visit may try again, once the connection is back
        throw error;
      },
    );
    return loading;
  };
  function LazyScreen(props: Props) {
    const [Screen, setScreen] = useState<ComponentType<Props> | null>(() => loaded);
    const [hasFailed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      // Also when a preload finished between this render and now: the promise is kept.
      start().then(
        (component) => setScreen(() => component),
        () => setFailed(true),
      );
    }, []);
    if (hasFailed) return <p role="alert">{t('common.loadFailed')}</p>;
    return Screen ? <Screen {...props} /> : null;
  }
  LazyScreen.preload = () => void start().catch(() => undefined);
  return LazyScreen;
}
