import { describe, expect, it } from 'vitest';
import {
  chooseProjectorDisplay,
  windowOptions,
  WINDOW_KINDS,
  type DisplayArea,
  type WindowContext,
} from './windows';

const laptop: DisplayArea = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayArea = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};
const secondProjector: DisplayArea = { ...projector, id: 3, bounds: { ...projector.bounds, x: 3360 } };

const contexts: WindowContext[] = [
  { preloadPath: '/app/out/preload/index.cjs', isDev: false, spellcheck: true },
  { preloadPath: '/app/out/preload/index.cjs', isDev: true, spellcheck: false, projectorDisplay: projector },
];

describe('window options', () => {
  for (const kind of WINDOW_KINDS) {
    for (const context of contexts) {
      it(`hardens the ${kind} window (dev: ${context.isDev})`, () => {
        const { webPreferences, show } = windowOptions(kind, context);
        expect(webPreferences).toMatchObject({
          preload: '/app/out/preload/index.cjs',
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          experimentalFeatures: false,
        });
        expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
        expect(webPreferences.devTools).toBe(context.isDev);
        // Shown on ready-to-show, so nobody sees a blank white frame.
        expect(show).toBe(false);
      });
    }
  }

  it('spellchecks only the console, and only where allowed', () => {
    expect(windowOptions('console', contexts[0]!).webPreferences.spellcheck).toBe(true);
    expect(windowOptions('projector', contexts[0]!).webPreferences.spellcheck).toBe(false);
    expect(windowOptions('console', contexts[1]!).webPreferences.spellcheck).toBe(false);
  });

  it('puts the projector full screen on the external display', () => {
    const options = windowOptions('projector', { ...contexts[0]!, projectorDisplay: projector });
    expect(options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
  });

  it('opens the projector as a normal window when there is no external display', () => {
    const options = windowOptions('projector', { ...contexts[0]!, projectorDisplay: null });
    expect(options.fullscreen).toBe(false);
    expect(options.x).toBeUndefined();
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth);
  });
});

describe('projector display', () => {
  it('picks the first display that is not the primary', () => {
    expect(chooseProjectorDisplay([laptop, projector, secondProjector], laptop)).toBe(projector);
    expect(chooseProjectorDisplay([projector, laptop], laptop)).toBe(projector);
  });

  it('works when the external display is the primary one', () => {
    expect(chooseProjectorDisplay([laptop, projector], projector)).toBe(laptop);
  });

  it('returns null with a single display', () => {
    expect(chooseProjectorDisplay([laptop], laptop)).toBeNull();
    expect(chooseProjectorDisplay([], laptop)).toBeNull();
  });
});
