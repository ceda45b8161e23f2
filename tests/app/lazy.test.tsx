import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazy } from '../../src/app/router/lazy';
import { useLanguage } from '../helpers/render-app';

const afterEffects = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('a screen whose code loads later', () => {
  beforeAll(() => useLanguage('nl'));

  it('shows once its code has loaded', async () => {
    const Screen = lazy(() => Promise.resolve(() => <p>loaded</p>));
    const container = document.createElement('div');
    render(<Screen />, container);
    await afterEffects();
    expect(container.textContent).toBe('loaded');
  });

  it('shows when a preload finishes between its first drawing and its effects', async () => {
    let finish: () => void = () => undefined;
    const code = new Promise<() => preact.JSX.Element>((resolve) => {
      finish = () => resolve(() => <p>home</p>);
    });
    const Screen = lazy(() => code);
    Screen.preload();
    const container = document.createElement('div');
    render(<Screen />, container); // drawn empty: the code is not there yet
    expect(container.textContent).toBe('');
    finish(); // the preload completes before Preact runs the screen's effects
    await code;
    await afterEffects();
    expect(container.textContent).toBe('home');
  });

  it('tries again on the next visit after a failed load', async () => {
    let attempts = 0;
    const Screen = lazy(() =>
      ++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(() => <p>ok</p>),
    );
    const first = document.createElement('div');
    render(<Screen />, first);
    await afterEffects();
    expect(first.querySelector('[role="alert"]')).not.toBeNull();
    const second = document.createElement('div');
    render(<Screen />, second);
    await afterEffects();
    expect(second.textContent).toBe('ok');
    expect(attempts).toBe(2);
  });
});
