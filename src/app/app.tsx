import { useEffect, useState } from 'preact/hooks';
import type { InterfaceLanguage } from '../core/languages';
import { planningWeek } from '../core/progress/schedule';
import { weekOf } from '../core/progress/week';
import { useLive } from '../db/live';
import { storedPacks } from '../db/packs';
import { DEFAULT_SETTINGS, noteWeekSeen, readSettings, type Settings } from '../db/settings';
import { currentLanguage, onLanguageChanged } from '../i18n';
import { AppContext, useApp } from './app-context';
import { WelcomeScreen } from './welcome/welcome-screen';
import { NavBar } from './layout/nav-bar';
import { StorageBanner } from './layout/storage-banner';
import { UpdateNotice } from './layout/update-notice';
import { NotFoundScreen } from './not-found-screen';
import { lazy } from './router/lazy';
import { LocationProvider, Router, type RouteDefinition } from './router/router';

// The home screen is split off too: a first visit shows only the welcome, and a returning
// learner's phone has the home screen's code in the service worker's cache.
const HomeScreen = lazy(() => import('./home/home-screen').then((m) => m.HomeScreen));
const ChallengeScreen = lazy(() =>
  import('./challenge/challenge-screen').then((m) => m.ChallengeScreen),
);
const ReflectionScreen = lazy(() =>
  import('./reflection/reflection-screen').then((m) => m.ReflectionScreen),
);
const ProgressScreen = lazy(() =>
  import('./progress/progress-screen').then((m) => m.ProgressScreen),
);
const PacksScreen = lazy(() => import('./packs/packs-screen').then((m) => m.PacksScreen));
const PackDetailsScreen = lazy(() =>
  import('./packs/pack-details-screen').then((m) => m.PackDetailsScreen),
);
const PackPreviewScreen = lazy(() =>
  import('./packs/pack-preview-screen').then((m) => m.PackPreviewScreen),
);
const SettingsScreen = lazy(() =>
  import('./settings/settings-screen').then((m) => m.SettingsScreen),
);
const TogetherScreen = lazy(() =>
  import('./together/together-screen').then((m) => m.TogetherScreen),
);
const BuddyGuideScreen = lazy(() =>
  import('./buddy/buddy-guide-screen').then((m) => m.BuddyGuideScreen),
);
const BuddyTipsScreen = lazy(() =>
  import('./buddy/buddy-tips-screen').then((m) => m.BuddyTipsScreen),
);
const BuddyPackScreen = lazy(() =>
  import('./buddy/buddy-pack-screen').then((m) => m.BuddyPackScreen),
);
const IntakeScreen = lazy(() => import('./intake/intake-screen').then((m) => m.IntakeScreen));
const PostersScreen = lazy(() => import('./posters/posters-screen').then((m) => m.PostersScreen));
const PlanScreen = lazy(() => import('./plan/plan-screen').then((m) => m.PlanScreen));

const ROUTES: RouteDefinition[] = [
  { path: '/', component: Home },
  { path: '/challenge/:packId/:challengeId', component: ChallengeScreen },
  { path: '/reflection/:reflectionId', component: ReflectionScreen },
  { path: '/progress', component: ProgressScreen },
  { path: '/packs', component: PacksScreen },
  { path: '/packs/:packId', component: PackDetailsScreen },
  { path: '/p/:packId', component: PackPreviewScreen },
  { path: '/settings', component: SettingsScreen },
  { path: '/together/:packId/:challengeId', component: TogetherScreen },
  { path: '/buddy', component: BuddyGuideScreen },
  { path: '/buddy/tips', component: BuddyTipsScreen },
  { path: '/buddy/:packId', component: BuddyPackScreen },
  { path: '/intake', component: IntakeScreen },
  { path: '/plan', component: PlanScreen },
  { path: '/posters', component: PostersScreen },
];

/** The week to plan with, moving on when the app comes back to the front on a new day. */
function useWeek(highestWeekSeen: number): number {
  const [clockWeek, setClockWeek] = useState(() => weekOf(Date.now()));
  useEffect(() => {
    const refresh = () => setClockWeek(weekOf(Date.now()));
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);
  useEffect(() => {
    void noteWeekSeen(clockWeek).catch(() => undefined);
  }, [clockWeek]);
  return planningWeek(clockWeek, highestWeekSeen);
}

/** "/" shows the first-start welcome until the learner has been through it or has a pack. */
function Home() {
  const { settings } = useApp();
  if (settings.hasSeenIntro) HomeScreen.preload();
  const packs = useLive(storedPacks, []);
  const [isWelcomeDone, setWelcomeDone] = useState(false);
  if (!packs) return null;
  const needsWelcome = !settings.hasSeenIntro && packs.length === 0 && !isWelcomeDone;
  return needsWelcome ? <WelcomeScreen onDone={() => setWelcomeDone(true)} /> : <HomeScreen />;
}

/** Looks for newer versions of the learner's packs when the app starts and when it comes online. */
function usePackUpdates(week: number): void {
  useEffect(() => {
    const refresh = () => {
      void import('./packs/pack-updates')
        .then(({ refreshStoredPacks }) => refreshStoredPacks(week))
        .catch(() => undefined);
    };
    const timer = setTimeout(refresh, 3000);
    window.addEventListener('online', refresh);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', refresh);
    };
  }, [week]);
}

/** The app; `initialSettings` (read before the first paint) avoids drawing everything twice. */
export function App({ initialSettings = DEFAULT_SETTINGS }: { initialSettings?: Settings }) {
  const [language, setLanguage] = useState<InterfaceLanguage>(currentLanguage());
  const settings = useLive(readSettings, []) ?? initialSettings;
  const week = useWeek(settings.highestWeekSeen);
  usePackUpdates(week);
  useEffect(() => onLanguageChanged((next) => setLanguage(next as InterfaceLanguage)), []);
  useEffect(() => {
    document.documentElement.style.fontSize = `${settings.textSize * 100}%`;
    document.documentElement.toggleAttribute('data-large-text', settings.textSize >= 1.5);
  }, [settings.textSize]);
  return (
    <AppContext.Provider value={{ language, settings, week }}>
      <LocationProvider>
        <div class="app" key={language}>
          <StorageBanner />
          <UpdateNotice />
          <Router routes={ROUTES} fallback={NotFoundScreen} />
          <NavBar />
        </div>
      </LocationProvider>
    </AppContext.Provider>
  );
}
