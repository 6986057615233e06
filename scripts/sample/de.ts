import type { SampleWords } from './words';

// Written as a German team would have typed it on the day, not translated line by line.
export const de: SampleWords = {
  name: 'Northwind Telecom — Tag der Kundenorientierung',
  organisation: 'Northwind Telecom',
  facilitator: 'Beispiel-Moderation',
  definition: {
    means:
      'Alle bei Northwind lernen laufend aus erster Hand über unsere Kundschaft und ihre Märkte dazu – und handeln danach, in jeder Abteilung.',
    notMeans:
      'Alles zu tun, was Kundinnen und Kunden verlangen, ganz gleich, was es für das Geschäft bedeutet – oder die Kundschaft allein Vertrieb und Service zu überlassen. Unsere Mittel folgen unserer Strategie ebenso wie dem, was die Kundschaft braucht.',
  },
  cards: [
    [
      '5G-Router für zu Hause mit 14 einstellbaren Modi',
      'Seit letztem Frühjahr auf dem Markt; die Einrichtungsanleitung hat 40 Seiten.',
    ],
    ['Tarif mit unbegrenztem Datenvolumen', 'Der meistgenannte Wunsch in den Kundeninterviews.'],
    ['Neue App-Funktionen jedes Quartal', 'Die Roadmap bestimmt das Produktteam.'],
    ['Eine Rechnung für Mobilfunk, TV und Internet', 'In 3 von 4 Kundenpanels gewünscht.'],
    ['Premium-Support „Gold“', 'Kostenpflichtige Hotline mit Vorrang.'],
    ['Technikerbesuch noch am selben Tag', ''],
    ['Treuepunkte-Programm', 'Punkte verfallen nach 12 Monaten.'],
    ['Smart-Home-Paket', 'Kameras, Steckdosen und Zentrale im Bündel.'],
    ['Monatlich kündbare Tarife', ''],
    ['KI-Chatassistent auf der Website', 'Beantwortet Fragen zur Rechnung.'],
  ],
  offerings: [
    ['Internet Zuhause 100', 'Glasfaser-Einstiegstarif'],
    ['Internet Zuhause 250', ''],
    ['Internet Zuhause 500', ''],
    ['Internet Zuhause 1000', 'Gigabit-Anschluss'],
    ['TV Basis', '60 Sender'],
    ['TV Sport-Zusatzpaket', ''],
    ['Mobilfunk SIM-only 10 GB', ''],
    ['Mobilfunk SIM-only 50 GB', ''],
    ['Geräteversicherung', 'Drei Stufen mit unterschiedlicher Selbstbeteiligung'],
    ['Feste IP-Adresse als Zusatzoption', ''],
    ['Datenvolumen in der Familie teilen', ''],
    ['Papierrechnung', '2 € im Monat'],
  ],
  initiatives: [
    {
      title: 'Jede Bereichsleitung verbringt pro Quartal einen Tag bei Kunden',
      description:
        'Besuche unter Fachleuten: unsere IT bei der IT der Kunden, unsere Finanzabteilung bei deren Finanzteams.',
      owner: 'COO',
      nextStep: 'Kundentage in die Ziele und Bonuskriterien der Bereichsleitungen aufnehmen.',
      customerMetric: 'Anteil der Kundenbesuche, nach denen wir etwas geändert haben',
    },
    {
      title: 'Eine Rechnung für alle Dienste',
      description: 'Wer zwei oder mehr Dienste nutzt, bekommt eine Rechnung mit einem Fälligkeitstermin.',
      owner: 'Leitung Abrechnung',
      nextStep: 'Abrechnungsteams an Anrufen zur Rechnung messen, nicht an der Zahl verschickter Rechnungen.',
      customerMetric: 'Anrufe zur Rechnung je 1.000 Kundinnen und Kunden',
    },
    {
      title: 'Plakatkampagne zu den Werten „Kunde zuerst“',
      description: 'Plakate und ein Video der Unternehmensleitung in jedem Büro.',
      owner: 'Interne Kommunikation',
      nextStep:
        'Ersetzen durch Geschichten von Entscheidungen, die wir geändert haben, weil Kunden uns etwas gesagt haben.',
      customerMetric: 'Beschwerden, die beim ersten Kontakt gelöst werden',
    },
    {
      title: 'Die Internettarife abschaffen, die niemand auseinanderhalten kann',
      description: '100, 500 und 1000 behalten; Kundschaft mit 250 ohne Preiserhöhung umstellen.',
      owner: 'Produktleitung',
      nextStep:
        'Die Zahl der Tarife zum Ziel des Produktteams machen – gemessen daran, wie oft Kunden verwirrt sind.',
      customerMetric: 'Zeit bis zur Wahl eines Tarifs online',
    },
    {
      title: 'Im Support nach Einfühlungsvermögen einstellen, Produktwissen schulen',
      description: 'Interviewleitfäden und die ersten vier Wochen der Einarbeitung ändern.',
      owner: 'Personalleitung',
      nextStep: 'Den neuen Interviewleitfaden im Kundencenter Leipzig erproben.',
      customerMetric: 'Aufwand für Kunden nach einem Support-Kontakt (Customer Effort Score)',
    },
    {
      title: 'Einrichtungskarte in einfacher Sprache für den Router',
      description: '',
      owner: 'Geräte-Team',
      nextStep: 'Die Karte vor dem Druck bei zehn Kundinnen und Kunden zu Hause testen.',
      customerMetric: 'Anrufe zur Einrichtung in den ersten 30 Tagen',
    },
  ],
  statements: {
    means: [
      'Jede Abteilung lernt aus erster Hand von der Kundschaft, nicht aus Berichten',
      'Wir ändern, was wir tun, weil wir dazulernen',
      'Leicht bei uns zu kaufen und leicht Hilfe zu bekommen',
      'Uns an Ergebnissen für die Kundschaft messen',
      'Die Bereichsleitungen sprechen jedes Quartal mit Kunden',
      'Erst die Grundlagen, dann neue Funktionen',
      'Abläufe aus Sicht der Kundschaft gestalten',
    ],
    'not-means': [
      'Zu jedem Kundenwunsch Ja sagen',
      'Eine Aufgabe nur für Vertrieb und Service',
      'Noch eine Kampagne, noch ein Plakat',
      'Rabatte geben, damit Ruhe ist',
      'Auf die Zufriedenheitsumfrage warten',
    ],
  },
  basicsNote: 'Erst die Grundlagen: Schadensfälle dauern heute sechs Wochen.',
  notes: {
    'ex-check':
      'Mit dem Warum beginnen: wie die Kundschaft uns sieht, nicht wie wir uns selbst sehen. Sagen, dass die Bewertungen anonym sind.\nMaterial: Teilnahmecode auf der Leinwand, Ersatz-Handys für alle ohne eigenes.',
    'ex-definition':
      '5 Minuten schreiben, 10 Minuten unterstützen. Die drei Spitzenreiter vorlesen; fragen, was auf der Liste „heißt nicht“ fehlt.',
    'ex-journey':
      'Die Schritte einmal gemeinsam durchgehen, bevor bewertet wird: erst vor dem Kauf, dann danach. Daran erinnern, als Kundin oder Kunde zu bewerten, nicht als Northwind.',
    'ex-pushpull':
      'Die Kartenliste in A3 für die Wand drucken. Über die umstrittenen Karten wird diskutiert: je zwei Minuten.',
    'ex-simplify':
      'Mit den Angeboten beginnen, die die Grundlagen verfehlen. Nach dieser Übung 15 Minuten Pause.',
    'ex-plan':
      'Jede Initiative verlässt den Raum mit einer verantwortlichen Person, einem nächsten Schritt und einer Kundenkennzahl. Zum Schluss die drei wichtigsten Prioritäten vorlesen.',
  },
};
