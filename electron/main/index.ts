// Electron main process: wires the hub, the windows, the menu and the IPC handlers together.
// Everything that decides something lives in a pure module beside this one, with tests.
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, utilityProcess } from 'electron';
import { defaultLanAddress } from '../hub/interfaces';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/ipc';
import { registerAppScheme, serveAppPages } from './appPages';
import { contentSecurityPolicy } from './csp';
import { openWithDialog, saveWithDialog } from './dialogs';
import { HubSession, preferredPortFrom } from './hubSession';
import { supervisedHub, type HubChild } from './hubSupervisor';
import { createIpcHandlers, menuCommandSchema, registerIpcHandlers } from './ipc';
import { applicationMenu } from './menu';
import { menuWords } from './menuWords';
import { languageOf } from '../../shared/languages';
import { builtRendererDir, type PageLocations } from './navigation';
import { userDataDirFrom } from './profile';
import { applyShellSecurity } from './security';
import { ShellWindows } from './shellWindows';

// Before anything reads the profile folder (the hub's data dir below, the windows' storage).
const profileDir = userDataDirFrom(process.env);
if (profileDir) app.setPath('userData', profileDir);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = Boolean(devServerUrl);
const rendererDir = builtRendererDir(import.meta.dirname);
const locations: PageLocations = { rendererDir, devServerUrl };
/** A page's connect-src names the hub's port: pages served before it listens wait this long at most. */
const HUB_WAIT_MS = 5000;

/** The hub runs in its own process: if it dies, the windows stay and it comes back (hubSupervisor). */
function forkHub(): HubChild {
  const child = utilityProcess.fork(join(import.meta.dirname, 'hubProcess.js'), [], {
    serviceName: 'Outside-In session hub',
    stdio: 'inherit',
  });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}

const hub = new HubSession({
  startHub: supervisedHub({ fork: forkHub }),
  // Like browser mode: phones can join on the usual network at once.
  defaultLanAddress: () => defaultLanAddress(),
  dataDir: join(app.getPath('userData'), 'hub'),
  rendererDir,
  preferredPort: preferredPortFrom(process.argv, process.env),
});

let windows: ShellWindows | null = null;
const pagePolicy = () => contentSecurityPolicy({ ...hub.origins(), devServerUrl });

if (!app.requestSingleInstanceLock()) {
  // Another Outside-In is running: it gets focus (see 'second-instance'), this one leaves.
  app.quit();
} else {
  // The console and projector come from app://outside-in, not file:// (appProtocol.ts).
  registerAppScheme();
  applyShellSecurity({
    locations: () => locations,
    contentSecurityPolicy: pagePolicy,
    showPage: (page) => (page === 'projector' ? windows?.showProjector() : windows?.showConsole()),
  });
  app.on('second-instance', () => windows?.showConsole());
  app.on('window-all-closed', () => app.quit());
  closeHubBeforeQuit();
  app.whenReady().then(start, (error: unknown) => console.error('Outside-In could not start:', error));
}

function start(): void {
  // Start the hub now so phones can join as soon as the console shows the code.
  const hubStarted = hub.start().catch((error: unknown) => console.error(error));
  const hubStartedOrLate = Promise.race([
    hubStarted,
    new Promise((resolve) => setTimeout(resolve, HUB_WAIT_MS)),
  ]);
  serveAppPages({ rendererDir, contentSecurityPolicy: () => hubStartedOrLate.then(pagePolicy) });

  windows = new ShellWindows({
    locations,
    context: {
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      isDev,
      iconPath: join(app.getAppPath(), 'resources/icons/icon.png'),
      // Linux spellchecking downloads dictionaries from the internet; this app stays offline.
      spellcheck: process.platform !== 'linux',
    },
  });
  const shellWindows = windows;

  // The menu speaks the console's language: the system's until the console says which it shows.
  let menuLanguage = languageOf(app.getLocale()) ?? 'en';
  const buildMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenu(
          { platform: process.platform, isDev, appName: app.name, language: menuLanguage },
          {
            command: (command) => sendMenuCommand(shellWindows, command),
            openProjector: () => shellWindows.showProjector(),
            showAbout: () => showAbout(shellWindows, menuLanguage),
          },
        ),
      ),
    );

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      hubInfo: () => hub.info(),
      saveFile: (request) =>
        saveWithDialog(shellWindows.consoleWindow, request, menuWords(menuLanguage).dialogs),
      openFile: (request) =>
        openWithDialog(shellWindows.consoleWindow, request, menuWords(menuLanguage).dialogs),
      openProjector: async () => shellWindows.showProjector(),
      setConsoleLanguage: async (language) => {
        if (language === menuLanguage) return;
        menuLanguage = language;
        buildMenu();
      },
    }),
    () => locations,
  );

  buildMenu();

  shellWindows.showConsole();
}

function sendMenuCommand(shellWindows: ShellWindows, command: MenuCommand): void {
  const target = shellWindows.showConsole();
  target.webContents.send(MENU_COMMAND_EVENT, menuCommandSchema.parse(command));
}

function showAbout(shellWindows: ShellWindows, language: string): void {
  const words = menuWords(language);
  const about = {
    type: 'info' as const,
    title: words.about(app.name),
    message: `${app.name} ${app.getVersion()}`,
    detail: words.aboutDetail,
  };
  const parent = shellWindows.consoleWindow;
  void (parent ? dialog.showMessageBox(parent, about) : dialog.showMessageBox(about));
}

/** The hub flushes its journal on close; quitting waits for it (at most a few seconds). */
function closeHubBeforeQuit(): void {
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
    Promise.race([hub.close(), timeout])
      .catch((error: unknown) => console.error('The hub did not close cleanly:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
