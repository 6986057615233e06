// Options for every window we open and the choice of the projector's display.
// Pure (no electron import): the shapes below are the subset of Electron's types we use,
// and index.ts hands them to BrowserWindow, so the compiler checks they still fit.
import type { PageName } from './navigation';

export type WindowKind = PageName;
export const WINDOW_KINDS: readonly WindowKind[] = ['console', 'projector'];

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display we look at. */
export interface DisplayArea {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: boolean;
  devTools: boolean;
}

export interface WindowOptions {
  title: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  minWidth: number;
  minHeight: number;
  show: false;
  backgroundColor: string;
  fullscreen?: boolean;
  autoHideMenuBar: boolean;
  icon?: string;
  webPreferences: HardenedWebPreferences;
}

export interface WindowContext {
  preloadPath: string;
  isDev: boolean;
  /** Off where the spellchecker would download dictionaries (Linux). */
  spellcheck: boolean;
  iconPath?: string;
  /** Where the projector goes: an external display, or null for a normal window. */
  projectorDisplay?: DisplayArea | null;
}

export function hardenedWebPreferences(
  context: Pick<WindowContext, 'preloadPath' | 'isDev' | 'spellcheck'>,
  kind: WindowKind,
): HardenedWebPreferences {
  return {
    preload: context.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The facilitator types prompts and notes in the console; the projector only shows them.
    spellcheck: context.spellcheck && kind === 'console',
    devTools: context.isDev,
  };
}

export function windowOptions(kind: WindowKind, context: WindowContext): WindowOptions {
  const common = {
    show: false as const,
    icon: context.iconPath,
    webPreferences: hardenedWebPreferences(context, kind),
  };
  if (kind === 'console') {
    return {
      ...common,
      title: 'Outside-In',
      width: 1280,
      height: 820,
      minWidth: 900,
      minHeight: 600,
      backgroundColor: '#f4f5f8',
      autoHideMenuBar: false,
    };
  }
  const display = context.projectorDisplay ?? null;
  return {
    ...common,
    title: 'Outside-In — Projector',
    minWidth: 640,
    minHeight: 360,
    backgroundColor: '#14213d',
    autoHideMenuBar: true,
    ...(display ? { ...display.bounds, fullscreen: true } : { width: 1280, height: 720, fullscreen: false }),
  };
}

/**
 * The projector's display: the first one that is not the primary (the laptop's own screen),
 * or null when only one display is connected.
 */
export function chooseProjectorDisplay(
  displays: readonly DisplayArea[],
  primary: Pick<DisplayArea, 'id'>,
): DisplayArea | null {
  return displays.find((display) => display.id !== primary.id) ?? null;
}
