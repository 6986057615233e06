// The menu's and the About box's words in each console language. Main cannot load the renderer's
// compiled catalogues, so these few live here, in a typed table: a missing word fails to compile.
import type { FileKind, OpenableFileKind } from '../../shared/ipc';
import { CONSOLE_LANGUAGES, type ConsoleLanguage } from '../../shared/languages';

/** The native save and open dialogs' words. */
export interface DialogWords {
  save: Record<FileKind, string>;
  open: Record<OpenableFileKind, string>;
  /** The file types in the dialogs' type lists. */
  types: Record<FileKind, string>;
  allFiles: string;
  replace: string;
  cancel: string;
  exists: (name: string) => string;
}

export interface MenuWords {
  /** Top-level menus; "&" marks the Alt key letter on Windows and Linux. */
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  newWorkshop: string;
  importWorkshop: string;
  exportWorkshop: string;
  openProjector: string;
  shortcuts: string;
  about: (app: string) => string;
  aboutDetail: string;
  quit: string;
  /** The Mac's app menu names the app it quits. */
  quitApp: (app: string) => string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAndMatchStyle: string;
  delete: string;
  selectAll: string;
  reload: string;
  forceReload: string;
  toggleDevTools: string;
  toggleFullScreen: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  minimize: string;
  close: string;
  hide: (app: string) => string;
  hideOthers: string;
  unhide: string;
  services: string;
  dialogs: DialogWords;
}

const en: MenuWords = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  newWorkshop: 'New workshop',
  importWorkshop: 'Import workshop…',
  exportWorkshop: 'Export workshop…',
  openProjector: 'Open projector',
  shortcuts: 'Keyboard shortcuts',
  about: (app) => `About ${app}`,
  aboutDetail:
    'Customer-centricity workshops, offline. Phones answer over this laptop’s network; nothing leaves the room.',
  quit: 'Quit',
  quitApp: (app) => `Quit ${app}`,
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and Match Style',
  delete: 'Delete',
  selectAll: 'Select All',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  toggleFullScreen: 'Toggle Full Screen',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  minimize: 'Minimize',
  close: 'Close Window',
  hide: (app) => `Hide ${app}`,
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  services: 'Services',
  dialogs: {
    save: {
      workshop: 'Export workshop',
      pdf: 'Save action plan (PDF)',
      csv: 'Save initiatives (CSV)',
      xlsx: 'Save results (XLSX)',
      zip: 'Save results (CSV files in a ZIP)',
    },
    open: { workshop: 'Import workshop', csv: 'Import CSV' },
    types: {
      workshop: 'Outside-In workshop',
      pdf: 'PDF document',
      csv: 'CSV spreadsheet',
      xlsx: 'Excel workbook',
      zip: 'ZIP archive',
    },
    allFiles: 'All files',
    replace: 'Replace',
    cancel: 'Cancel',
    exists: (name) => `“${name}” already exists. Replace it?`,
  },
};

const de: MenuWords = {
  file: '&Datei',
  edit: '&Bearbeiten',
  view: '&Ansicht',
  window: '&Fenster',
  help: '&Hilfe',
  newWorkshop: 'Neuer Workshop',
  importWorkshop: 'Workshop importieren…',
  exportWorkshop: 'Workshop exportieren…',
  openProjector: 'Projektor öffnen',
  shortcuts: 'Tastenkürzel',
  about: (app) => `Über ${app}`,
  aboutDetail:
    'Workshops zur Kundenorientierung, offline. Handys antworten über das Netzwerk dieses Laptops; nichts verlässt den Raum.',
  quit: 'Beenden',
  quitApp: (app) => `${app} beenden`,
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  cut: 'Ausschneiden',
  copy: 'Kopieren',
  paste: 'Einfügen',
  pasteAndMatchStyle: 'Einfügen und Stil anpassen',
  delete: 'Löschen',
  selectAll: 'Alles auswählen',
  reload: 'Neu laden',
  forceReload: 'Neu laden erzwingen',
  toggleDevTools: 'Entwicklerwerkzeuge ein/aus',
  toggleFullScreen: 'Vollbild ein/aus',
  resetZoom: 'Originalgröße',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  minimize: 'Minimieren',
  close: 'Fenster schließen',
  hide: (app) => `${app} ausblenden`,
  hideOthers: 'Andere ausblenden',
  unhide: 'Alle einblenden',
  services: 'Dienste',
  dialogs: {
    save: {
      workshop: 'Workshop exportieren',
      pdf: 'Aktionsplan speichern (PDF)',
      csv: 'Initiativen speichern (CSV)',
      xlsx: 'Ergebnisse speichern (XLSX)',
      zip: 'Ergebnisse speichern (CSV-Dateien in einer ZIP-Datei)',
    },
    open: { workshop: 'Workshop importieren', csv: 'CSV importieren' },
    types: {
      workshop: 'Outside-In-Workshop',
      pdf: 'PDF-Dokument',
      csv: 'CSV-Tabelle',
      xlsx: 'Excel-Arbeitsmappe',
      zip: 'ZIP-Archiv',
    },
    allFiles: 'Alle Dateien',
    replace: 'Ersetzen',
    cancel: 'Abbrechen',
    exists: (name) => `„${name}“ gibt es bereits. Möchten Sie die Datei ersetzen?`,
  },
};

const fr: MenuWords = {
  file: '&Fichier',
  edit: '&Édition',
  view: '&Affichage',
  window: 'Fe&nêtre',
  help: 'A&ide',
  newWorkshop: 'Nouvel atelier',
  importWorkshop: 'Importer un atelier…',
  exportWorkshop: 'Exporter l’atelier…',
  openProjector: 'Ouvrir le projecteur',
  shortcuts: 'Raccourcis clavier',
  about: (app) => `À propos de ${app}`,
  aboutDetail:
    'Ateliers d’orientation client, hors ligne. Les téléphones répondent par le réseau de cet ordinateur ; rien ne sort de la salle.',
  quit: 'Quitter',
  quitApp: (app) => `Quitter ${app}`,
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  pasteAndMatchStyle: 'Coller et adapter le style',
  delete: 'Supprimer',
  selectAll: 'Tout sélectionner',
  reload: 'Recharger',
  forceReload: 'Forcer le rechargement',
  toggleDevTools: 'Outils de développement',
  toggleFullScreen: 'Plein écran',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  minimize: 'Réduire',
  close: 'Fermer la fenêtre',
  hide: (app) => `Masquer ${app}`,
  hideOthers: 'Masquer les autres',
  unhide: 'Tout afficher',
  services: 'Services',
  dialogs: {
    save: {
      workshop: 'Exporter l’atelier',
      pdf: 'Enregistrer le plan d’action (PDF)',
      csv: 'Enregistrer les initiatives (CSV)',
      xlsx: 'Enregistrer les résultats (XLSX)',
      zip: 'Enregistrer les résultats (fichiers CSV dans un ZIP)',
    },
    open: { workshop: 'Importer un atelier', csv: 'Importer un CSV' },
    types: {
      workshop: 'Atelier Outside-In',
      pdf: 'Document PDF',
      csv: 'Tableur CSV',
      xlsx: 'Classeur Excel',
      zip: 'Archive ZIP',
    },
    allFiles: 'Tous les fichiers',
    replace: 'Remplacer',
    cancel: 'Annuler',
    exists: (name) => `« ${name} » existe déjà. Voulez-vous le remplacer ?`,
  },
};

const es: MenuWords = {
  file: '&Archivo',
  edit: '&Editar',
  view: '&Ver',
  window: 'Ve&ntana',
  help: 'Ay&uda',
  newWorkshop: 'Nuevo taller',
  importWorkshop: 'Importar taller…',
  exportWorkshop: 'Exportar taller…',
  openProjector: 'Abrir proyector',
  shortcuts: 'Atajos de teclado',
  about: (app) => `Acerca de ${app}`,
  aboutDetail:
    'Talleres de orientación al cliente, sin conexión. Los móviles responden por la red de este portátil; nada sale de la sala.',
  quit: 'Salir',
  quitApp: (app) => `Salir de ${app}`,
  undo: 'Deshacer',
  redo: 'Rehacer',
  cut: 'Cortar',
  copy: 'Copiar',
  paste: 'Pegar',
  pasteAndMatchStyle: 'Pegar con el mismo estilo',
  delete: 'Eliminar',
  selectAll: 'Seleccionar todo',
  reload: 'Recargar',
  forceReload: 'Forzar recarga',
  toggleDevTools: 'Herramientas de desarrollo',
  toggleFullScreen: 'Pantalla completa',
  resetZoom: 'Tamaño real',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  minimize: 'Minimizar',
  close: 'Cerrar ventana',
  hide: (app) => `Ocultar ${app}`,
  hideOthers: 'Ocultar otros',
  unhide: 'Mostrar todo',
  services: 'Servicios',
  dialogs: {
    save: {
      workshop: 'Exportar taller',
      pdf: 'Guardar plan de acción (PDF)',
      csv: 'Guardar iniciativas (CSV)',
      xlsx: 'Guardar resultados (XLSX)',
      zip: 'Guardar resultados (archivos CSV en un ZIP)',
    },
    open: { workshop: 'Importar taller', csv: 'Importar CSV' },
    types: {
      workshop: 'Taller de Outside-In',
      pdf: 'Documento PDF',
      csv: 'Hoja de cálculo CSV',
      xlsx: 'Libro de Excel',
      zip: 'Archivo ZIP',
    },
    allFiles: 'Todos los archivos',
    replace: 'Reemplazar',
    cancel: 'Cancelar',
    exists: (name) => `«${name}» ya existe. ¿Desea reemplazarlo?`,
  },
};

const nl: MenuWords = {
  file: '&Bestand',
  edit: 'Be&werken',
  view: 'Beel&d',
  window: '&Venster',
  help: '&Help',
  newWorkshop: 'Nieuwe workshop',
  importWorkshop: 'Workshop importeren…',
  exportWorkshop: 'Workshop exporteren…',
  openProjector: 'Projector openen',
  shortcuts: 'Sneltoetsen',
  about: (app) => `Over ${app}`,
  aboutDetail:
    'Workshops over klantgerichtheid, offline. Telefoons antwoorden via het netwerk van deze laptop; niets verlaat de zaal.',
  quit: 'Afsluiten',
  quitApp: (app) => `${app} afsluiten`,
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  pasteAndMatchStyle: 'Plakken met zelfde stijl',
  delete: 'Verwijderen',
  selectAll: 'Alles selecteren',
  reload: 'Herladen',
  forceReload: 'Geforceerd herladen',
  toggleDevTools: 'Ontwikkelaarshulpmiddelen',
  toggleFullScreen: 'Volledig scherm',
  resetZoom: 'Ware grootte',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  minimize: 'Minimaliseren',
  close: 'Venster sluiten',
  hide: (app) => `${app} verbergen`,
  hideOthers: 'Andere verbergen',
  unhide: 'Alles tonen',
  services: 'Voorzieningen',
  dialogs: {
    save: {
      workshop: 'Workshop exporteren',
      pdf: 'Actieplan opslaan (PDF)',
      csv: 'Initiatieven opslaan (CSV)',
      xlsx: 'Resultaten opslaan (XLSX)',
      zip: 'Resultaten opslaan (CSV-bestanden in een ZIP)',
    },
    open: { workshop: 'Workshop importeren', csv: 'CSV importeren' },
    types: {
      workshop: 'Outside-In-workshop',
      pdf: 'PDF-document',
      csv: 'CSV-spreadsheet',
      xlsx: 'Excel-werkmap',
      zip: 'ZIP-archief',
    },
    allFiles: 'Alle bestanden',
    replace: 'Vervangen',
    cancel: 'Annuleren',
    exists: (name) => `‘${name}’ bestaat al. Wil je het vervangen?`,
  },
};

const ptBR: MenuWords = {
  file: '&Arquivo',
  edit: '&Editar',
  view: 'E&xibir',
  window: '&Janela',
  help: 'Aj&uda',
  newWorkshop: 'Novo workshop',
  importWorkshop: 'Importar workshop…',
  exportWorkshop: 'Exportar workshop…',
  openProjector: 'Abrir projetor',
  shortcuts: 'Atalhos de teclado',
  about: (app) => `Sobre o ${app}`,
  aboutDetail:
    'Workshops de foco no cliente, offline. Os celulares respondem pela rede deste notebook; nada sai da sala.',
  quit: 'Sair',
  quitApp: (app) => `Sair do ${app}`,
  undo: 'Desfazer',
  redo: 'Refazer',
  cut: 'Recortar',
  copy: 'Copiar',
  paste: 'Colar',
  pasteAndMatchStyle: 'Colar e manter estilo',
  delete: 'Excluir',
  selectAll: 'Selecionar tudo',
  reload: 'Recarregar',
  forceReload: 'Forçar recarga',
  toggleDevTools: 'Ferramentas do desenvolvedor',
  toggleFullScreen: 'Tela cheia',
  resetZoom: 'Tamanho real',
  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  minimize: 'Minimizar',
  close: 'Fechar janela',
  hide: (app) => `Ocultar ${app}`,
  hideOthers: 'Ocultar outros',
  unhide: 'Mostrar tudo',
  services: 'Serviços',
  dialogs: {
    save: {
      workshop: 'Exportar workshop',
      pdf: 'Salvar plano de ação (PDF)',
      csv: 'Salvar iniciativas (CSV)',
      xlsx: 'Salvar resultados (XLSX)',
      zip: 'Salvar resultados (arquivos CSV em um ZIP)',
    },
    open: { workshop: 'Importar workshop', csv: 'Importar CSV' },
    types: {
      workshop: 'Workshop do Outside-In',
      pdf: 'Documento PDF',
      csv: 'Planilha CSV',
      xlsx: 'Pasta de trabalho do Excel',
      zip: 'Arquivo ZIP',
    },
    allFiles: 'Todos os arquivos',
    replace: 'Substituir',
    cancel: 'Cancelar',
    exists: (name) => `“${name}” já existe. Deseja substituí-lo?`,
  },
};

export const MENU_WORDS: Readonly<Record<ConsoleLanguage, MenuWords>> = {
  en,
  de,
  fr,
  es,
  nl,
  'pt-BR': ptBR,
};

export function isConsoleLanguage(value: unknown): value is ConsoleLanguage {
  return typeof value === 'string' && (CONSOLE_LANGUAGES as readonly string[]).includes(value);
}

/** The menu's words for a language; English for anything else. */
export function menuWords(language: string): MenuWords {
  return isConsoleLanguage(language) ? MENU_WORDS[language] : en;
}
