import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { CONSOLE_LANGUAGES } from '../../shared/languages';
import { applicationMenu, menuItems, type MenuContext } from './menu';
import { MENU_WORDS } from './menuWords';

function build(context: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = applicationMenu(
    { platform: 'linux', isDev: false, appName: 'Outside-In', language: 'en', ...context },
    {
      command: (command) => sent.push(command),
      openProjector: () => opened.push('projector'),
      showAbout: () => opened.push('about'),
    },
  );
  const items = menuItems(template);
  const byId = (id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no menu item ${id}`);
    return item;
  };
  return { template, items, byId, sent, opened };
}

describe('application menu', () => {
  it('sends File commands to the console', () => {
    const { byId, sent } = build();
    byId('new-workshop').click?.();
    byId('import-workshop').click?.();
    byId('export-workshop').click?.();
    expect(sent).toEqual(['new-workshop', 'import-workshop', 'export-workshop']);
  });

  it('has the usual shortcuts', () => {
    const { byId, items } = build();
    expect(byId('new-workshop').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('import-workshop').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('open-projector').accelerator).toBe('CmdOrCtrl+P');
    expect(items.some((item) => item.role === 'togglefullscreen')).toBe(true);
    expect(items.some((item) => item.role === 'copy')).toBe(true);
    const accelerators = items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('opens the projector and the about box from the menu', () => {
    const { byId, opened } = build();
    byId('open-projector').click?.();
    byId('about').click?.();
    expect(opened).toEqual(['projector', 'about']);
  });

  it('shows the keyboard shortcuts from Help (from the app menu on a Mac)', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { byId, sent } = build({ platform });
      byId('show-shortcuts').click?.();
      expect(sent).toEqual(['show-shortcuts']);
    }
  });

  it('offers reload and devtools only while developing', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    expect(build({ isDev: false }).items.filter((item) => devRoles.includes(item.role ?? ''))).toEqual([]);
    expect(build({ isDev: true }).items.filter((item) => devRoles.includes(item.role ?? ''))).toHaveLength(3);
  });

  it('follows macOS conventions there: app menu first, About in it, no Help menu', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac.template[0]?.label).toBe('Outside-In');
    expect(mac.template[0]?.submenu?.[0]?.id).toBe('about');
    expect(mac.template.some((menu) => menu.label === '&Help')).toBe(false);
    const linux = build({ platform: 'linux' });
    expect(linux.template[0]?.label).toBe('&File');
    expect(linux.items.some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('application menu in the console’s language', () => {
  const platforms = ['linux', 'win32', 'darwin'] as const;
  const shape = (items: ReturnType<typeof build>['items']) =>
    items.map((item) => [item.id, item.role, item.type, item.accelerator, item.submenu?.length]);

  it('has a word for every language the console speaks, and the same items, roles and shortcuts in each', () => {
    expect(Object.keys(MENU_WORDS).sort()).toEqual([...CONSOLE_LANGUAGES].sort());
    for (const platform of platforms)
      for (const isDev of [false, true]) {
        const english = build({ platform, isDev });
        for (const language of CONSOLE_LANGUAGES) {
          const { items } = build({ platform, isDev, language });
          expect(shape(items)).toEqual(shape(english.items));
          // Every item people read is labelled in the language, roles included (Electron's are English).
          for (const item of items.filter((i) => i.type !== 'separator'))
            expect(item.label?.trim(), `${language} ${item.role ?? item.id}`).toBeTruthy();
        }
      }
  });

  it('speaks German throughout when the console does', () => {
    for (const platform of platforms) {
      const english = build({ platform }).items;
      const german = build({ platform, language: 'de' }).items;
      german.forEach((item, k) => {
        if (item.type === 'separator' || item.label === 'Outside-In') return;
        expect(item.label, `${platform} ${item.role ?? item.id}`).not.toBe(english[k]!.label);
      });
    }
    const { byId, template } = build({ language: 'de' });
    expect(template.map((menu) => menu.label)).toEqual([
      '&Datei',
      '&Bearbeiten',
      '&Ansicht',
      '&Fenster',
      '&Hilfe',
    ]);
    expect(byId('new-workshop').label).toBe('Neuer Workshop');
    expect(byId('open-projector').label).toBe('Projektor öffnen');
    expect(byId('about').label).toBe('Über Outside-In');
  });

  it('still runs the same commands in another language', () => {
    const { byId, sent } = build({ language: 'fr' });
    byId('new-workshop').click?.();
    byId('show-shortcuts').click?.();
    expect(sent).toEqual(['new-workshop', 'show-shortcuts']);
  });

  it('gives each top menu one Alt key letter, different from the others', () => {
    for (const language of CONSOLE_LANGUAGES) {
      const letters = build({ language }).template.map((menu) => {
        const marks = (menu.label ?? '').match(/&(.)/g) ?? [];
        expect(marks, `${language} ${menu.label}`).toHaveLength(1);
        return marks[0]!.slice(1).toLocaleLowerCase(language);
      });
      expect(new Set(letters).size, language).toBe(letters.length);
    }
  });

  it('falls back to English for a language the console does not speak', () => {
    expect(build({ language: 'ar' }).template[0]?.label).toBe('&File');
    expect(build({ language: 'xx' }).byId('new-workshop').label).toBe('New workshop');
  });
});
