// The desktop shell's words in each console language: menu, About box, file dialogs and file
// problems. Main cannot load the renderer's compiled catalogues, so these live here, in a typed
// table: a missing word fails to compile.
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
  files: FileProblemWords;
}

/** A file that cannot be saved or opened, in words a facilitator can act on (`name` is bare). */
export interface FileProblemWords {
  megabytes: (bytes: number) => string;
  diskFull: (name: string) => string;
  mayNotWrite: (name: string) => string;
  mayNotRead: (name: string) => string;
  readOnly: (name: string) => string;
  folderGone: (name: string) => string;
  fileGone: (name: string) => string;
  isFolder: (name: string) => string;
  busy: (name: string) => string;
  nameTooLong: (name: string) => string;
  couldNotSave: (name: string, detail: string) => string;
  couldNotOpen: (name: string, detail: string) => string;
  tooLargeToSave: (size: string, limit: string) => string;
  tooLargeToOpen: (name: string, size: string, limit: string) => string;
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
    files: {
      megabytes: (bytes) => `${(bytes / 1048576).toFixed(1)} MB`,
      diskFull: (name) =>
        `The disk is full, so “${name}” was not saved. Free some space or choose another place.`,
      mayNotWrite: (name) =>
        `Outside-In may not write to that folder, so “${name}” was not saved. Choose another place, such as Documents.`,
      mayNotRead: (name) =>
        `Outside-In may not read “${name}”. Check the file's permissions or copy it somewhere else.`,
      readOnly: (name) => `That disk is read-only, so “${name}” was not saved. Choose another place.`,
      folderGone: (name) => `The folder for “${name}” no longer exists. Choose another place.`,
      fileGone: (name) => `“${name}” no longer exists. Was it moved or deleted?`,
      isFolder: (name) => `“${name}” is a folder, not a file.`,
      busy: (name) => `“${name}” is in use by another program. Close it there and try again.`,
      nameTooLong: (name) => `The name “${name}” is too long for this disk. Choose a shorter name.`,
      couldNotSave: (name, detail) => `Outside-In could not save “${name}”: ${detail}`,
      couldNotOpen: (name, detail) => `Outside-In could not open “${name}”: ${detail}`,
      tooLargeToSave: (size, limit) => `${size} is too large to save; the limit is ${limit}.`,
      tooLargeToOpen: (name, size, limit) =>
        `“${name}” is ${size}; Outside-In opens files up to ${limit}. Is it the right file?`,
    },
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
    files: {
      megabytes: (bytes) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`,
      diskFull: (name) =>
        `Der Datenträger ist voll, daher wurde „${name}“ nicht gespeichert. Geben Sie Platz frei oder wählen Sie einen anderen Ort.`,
      mayNotWrite: (name) =>
        `Outside-In darf nicht in diesen Ordner schreiben, daher wurde „${name}“ nicht gespeichert. Wählen Sie einen anderen Ort, etwa Dokumente.`,
      mayNotRead: (name) =>
        `Outside-In darf „${name}“ nicht lesen. Prüfen Sie die Berechtigungen der Datei oder kopieren Sie sie an einen anderen Ort.`,
      readOnly: (name) =>
        `Dieser Datenträger ist schreibgeschützt, daher wurde „${name}“ nicht gespeichert. Wählen Sie einen anderen Ort.`,
      folderGone: (name) => `Den Ordner für „${name}“ gibt es nicht mehr. Wählen Sie einen anderen Ort.`,
      fileGone: (name) => `„${name}“ gibt es nicht mehr. Wurde die Datei verschoben oder gelöscht?`,
      isFolder: (name) => `„${name}“ ist ein Ordner, keine Datei.`,
      busy: (name) =>
        `„${name}“ wird von einem anderen Programm verwendet. Schließen Sie die Datei dort und versuchen Sie es erneut.`,
      nameTooLong: (name) =>
        `Der Name „${name}“ ist für diesen Datenträger zu lang. Wählen Sie einen kürzeren Namen.`,
      couldNotSave: (name, detail) => `Outside-In konnte „${name}“ nicht speichern: ${detail}`,
      couldNotOpen: (name, detail) => `Outside-In konnte „${name}“ nicht öffnen: ${detail}`,
      tooLargeToSave: (size, limit) => `${size} sind zu groß zum Speichern; die Grenze liegt bei ${limit}.`,
      tooLargeToOpen: (name, size, limit) =>
        `„${name}“ ist ${size} groß; Outside-In öffnet Dateien bis ${limit}. Ist es die richtige Datei?`,
    },
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
    files: {
      megabytes: (bytes) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} Mo`,
      diskFull: (name) =>
        `Le disque est plein : « ${name} » n’a pas été enregistré. Libérez de l’espace ou choisissez un autre emplacement.`,
      mayNotWrite: (name) =>
        `Outside-In ne peut pas écrire dans ce dossier : « ${name} » n’a pas été enregistré. Choisissez un autre emplacement, comme Documents.`,
      mayNotRead: (name) =>
        `Outside-In ne peut pas lire « ${name} ». Vérifiez les autorisations du fichier ou copiez-le ailleurs.`,
      readOnly: (name) =>
        `Ce disque est en lecture seule : « ${name} » n’a pas été enregistré. Choisissez un autre emplacement.`,
      folderGone: (name) => `Le dossier de « ${name} » n’existe plus. Choisissez un autre emplacement.`,
      fileGone: (name) => `« ${name} » n’existe plus. A-t-il été déplacé ou supprimé ?`,
      isFolder: (name) => `« ${name} » est un dossier, pas un fichier.`,
      busy: (name) =>
        `« ${name} » est utilisé par un autre programme. Fermez-le dans ce programme et réessayez.`,
      nameTooLong: (name) => `Le nom « ${name} » est trop long pour ce disque. Choisissez un nom plus court.`,
      couldNotSave: (name, detail) => `Outside-In n’a pas pu enregistrer « ${name} » : ${detail}`,
      couldNotOpen: (name, detail) => `Outside-In n’a pas pu ouvrir « ${name} » : ${detail}`,
      tooLargeToSave: (size, limit) =>
        `${size}, c’est trop pour être enregistré ; la limite est de ${limit}.`,
      tooLargeToOpen: (name, size, limit) =>
        `« ${name} » fait ${size} ; Outside-In ouvre les fichiers jusqu’à ${limit}. Est-ce le bon fichier ?`,
    },
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
    exists: (name) => `«${name}» ya existe. ¿Quieres reemplazarlo?`,
    files: {
      megabytes: (bytes) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`,
      diskFull: (name) =>
        `El disco está lleno, así que «${name}» no se guardó. Libera espacio o elige otra ubicación.`,
      mayNotWrite: (name) =>
        `Outside-In no puede escribir en esa carpeta, así que «${name}» no se guardó. Elige otra ubicación, como Documentos.`,
      mayNotRead: (name) =>
        `Outside-In no puede leer «${name}». Revisa los permisos del archivo o cópialo en otro lugar.`,
      readOnly: (name) =>
        `Ese disco es de solo lectura, así que «${name}» no se guardó. Elige otra ubicación.`,
      folderGone: (name) => `La carpeta de «${name}» ya no existe. Elige otra ubicación.`,
      fileGone: (name) => `«${name}» ya no existe. ¿Se movió o se eliminó?`,
      isFolder: (name) => `«${name}» es una carpeta, no un archivo.`,
      busy: (name) => `Otro programa está usando «${name}». Ciérralo allí e inténtalo de nuevo.`,
      nameTooLong: (name) => `El nombre «${name}» es demasiado largo para este disco. Elige uno más corto.`,
      couldNotSave: (name, detail) => `Outside-In no pudo guardar «${name}»: ${detail}`,
      couldNotOpen: (name, detail) => `Outside-In no pudo abrir «${name}»: ${detail}`,
      tooLargeToSave: (size, limit) => `${size} es demasiado para guardar; el límite es ${limit}.`,
      tooLargeToOpen: (name, size, limit) =>
        `«${name}» ocupa ${size}; Outside-In abre archivos de hasta ${limit}. ¿Es el archivo correcto?`,
    },
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
    files: {
      megabytes: (bytes) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`,
      diskFull: (name) =>
        `De schijf is vol, dus ‘${name}’ is niet opgeslagen. Maak ruimte vrij of kies een andere plek.`,
      mayNotWrite: (name) =>
        `Outside-In mag niet in die map schrijven, dus ‘${name}’ is niet opgeslagen. Kies een andere plek, zoals Documenten.`,
      mayNotRead: (name) =>
        `Outside-In mag ‘${name}’ niet lezen. Controleer de rechten van het bestand of kopieer het naar een andere plek.`,
      readOnly: (name) =>
        `Die schijf is alleen-lezen, dus ‘${name}’ is niet opgeslagen. Kies een andere plek.`,
      folderGone: (name) => `De map voor ‘${name}’ bestaat niet meer. Kies een andere plek.`,
      fileGone: (name) => `‘${name}’ bestaat niet meer. Is het verplaatst of verwijderd?`,
      isFolder: (name) => `‘${name}’ is een map, geen bestand.`,
      busy: (name) =>
        `‘${name}’ is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.`,
      nameTooLong: (name) => `De naam ‘${name}’ is te lang voor deze schijf. Kies een kortere naam.`,
      couldNotSave: (name, detail) => `Outside-In kon ‘${name}’ niet opslaan: ${detail}`,
      couldNotOpen: (name, detail) => `Outside-In kon ‘${name}’ niet openen: ${detail}`,
      tooLargeToSave: (size, limit) => `${size} is te groot om op te slaan; de grens is ${limit}.`,
      tooLargeToOpen: (name, size, limit) =>
        `‘${name}’ is ${size}; Outside-In opent bestanden tot ${limit}. Is het het juiste bestand?`,
    },
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
    files: {
      megabytes: (bytes) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`,
      diskFull: (name) =>
        `O disco está cheio, então “${name}” não foi salvo. Libere espaço ou escolha outro local.`,
      mayNotWrite: (name) =>
        `O Outside-In não pode gravar nessa pasta, então “${name}” não foi salvo. Escolha outro local, como Documentos.`,
      mayNotRead: (name) =>
        `O Outside-In não pode ler “${name}”. Verifique as permissões do arquivo ou copie-o para outro lugar.`,
      readOnly: (name) => `Esse disco é somente leitura, então “${name}” não foi salvo. Escolha outro local.`,
      folderGone: (name) => `A pasta de “${name}” não existe mais. Escolha outro local.`,
      fileGone: (name) => `“${name}” não existe mais. Foi movido ou excluído?`,
      isFolder: (name) => `“${name}” é uma pasta, não um arquivo.`,
      busy: (name) => `“${name}” está em uso por outro programa. Feche-o lá e tente de novo.`,
      nameTooLong: (name) => `O nome “${name}” é longo demais para este disco. Escolha um nome mais curto.`,
      couldNotSave: (name, detail) => `O Outside-In não conseguiu salvar “${name}”: ${detail}`,
      couldNotOpen: (name, detail) => `O Outside-In não conseguiu abrir “${name}”: ${detail}`,
      tooLargeToSave: (size, limit) => `${size} é grande demais para salvar; o limite é ${limit}.`,
      tooLargeToOpen: (name, size, limit) =>
        `“${name}” tem ${size}; o Outside-In abre arquivos de até ${limit}. É o arquivo certo?`,
    },
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
