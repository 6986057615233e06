// Creates the console and projector windows from the pure options in windows.ts.
import { BrowserWindow, screen } from 'electron';
import { pageUrl, type PageLocations } from './navigation';
import { chooseProjectorDisplay, windowOptions, type WindowContext, type WindowKind } from './windows';

export interface ShellWindowsOptions {
  locations: PageLocations;
  context: Omit<WindowContext, 'projectorDisplay'>;
}

export class ShellWindows {
  private console: BrowserWindow | null = null;
  private projector: BrowserWindow | null = null;

  constructor(private readonly options: ShellWindowsOptions) {
    // A projector plugged in after the window opened: move the window onto it.
    screen.on('display-added', () => {
      if (this.projector && !this.projector.isDestroyed() && !this.projector.isFullScreen())
        this.placeProjector();
    });
  }

  get consoleWindow(): BrowserWindow | null {
    return this.console && !this.console.isDestroyed() ? this.console : null;
  }

  private create(kind: WindowKind): BrowserWindow {
    const projectorDisplay =
      kind === 'projector'
        ? chooseProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay())
        : null;
    const window = new BrowserWindow(windowOptions(kind, { ...this.options.context, projectorDisplay }));
    window.once('ready-to-show', () => window.show());
    // A crashed page in the middle of a workshop comes back by itself (the hub kept the votes);
    // a page that keeps crashing is left alone rather than reloaded in a loop.
    let lastCrash = 0;
    window.webContents.on('render-process-gone', (_event, details) => {
      console.error(`The ${kind} page stopped (${details.reason}).`);
      if (details.reason === 'clean-exit' || Date.now() - lastCrash < 30_000) return;
      lastCrash = Date.now();
      window.webContents.reload();
    });
    window.loadURL(pageUrl(kind, this.options.locations)).catch((error: unknown) => {
      console.error(`The ${kind} page did not load:`, error);
    });
    return window;
  }

  showConsole(): BrowserWindow {
    const existing = this.consoleWindow;
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return existing;
    }
    const window = this.create('console');
    window.on('closed', () => {
      this.console = null;
      // The projector has nothing to show without the console driving it.
      if (this.projector && !this.projector.isDestroyed()) this.projector.close();
    });
    this.console = window;
    return window;
  }

  /** Opens the projector on the external display (full screen), or focuses it if open. */
  showProjector(): void {
    if (this.projector && !this.projector.isDestroyed()) {
      this.placeProjector();
      this.projector.show();
      this.projector.focus();
      return;
    }
    const window = this.create('projector');
    window.on('closed', () => {
      this.projector = null;
    });
    this.projector = window;
  }

  private placeProjector(): void {
    const window = this.projector;
    if (!window) return;
    const display = chooseProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
    if (!display) return;
    const current = screen.getDisplayMatching(window.getBounds());
    if (current.id === display.id && window.isFullScreen()) return;
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(display.bounds);
    window.setFullScreen(true);
  }
}
