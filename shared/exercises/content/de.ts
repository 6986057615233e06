import type { ExerciseContent } from '../content';

export const de: ExerciseContent = {
  centricity: {
    title: 'Kundenorientierung im Check',
    questions: [
      'Unsere Führungskräfte bestehen auf direktem, regelmäßigem Kontakt mit Kundinnen und Kunden.',
      'Wir messen Erfolg eher an Kundenkennzahlen als an Produktkennzahlen.',
      'Unsere Führungskräfte arbeiten über Abteilungsgrenzen hinweg für Ergebnisse, die dem ganzen Unternehmen dienen.',
      'Unsere Führung baut gezielt das Wissen der Organisation über ihre Kundschaft auf.',
    ],
    departments: [
      'IT',
      'Finanzen',
      'Personal',
      'Produkt / F&E',
      'Vertrieb',
      'Service',
      'Betrieb',
      'Marketing',
    ],
    pollPrompt: 'Wie sehr trifft jede Aussage heute auf uns zu?',
    notAtAll: 'Gar nicht',
    completely: 'Voll und ganz',
    departmentsTitle: 'Abteilungen mit Kundenkontakt',
    departmentsPrompt: 'Welche Abteilungen haben regelmäßigen, direkten Kontakt mit Kundinnen und Kunden?',
  },
  definition: {
    title: 'Was kundenorientiert heißt – und was nicht',
    meansPrompt: 'Kundenorientiert zu sein heißt für uns…',
    notMeansPrompt: 'Kundenorientiert zu sein heißt NICHT…',
    activityPrompt:
      'Vervollständigen Sie die Sätze in Ihren eigenen Worten und unterstützen Sie dann die Aussagen, denen Sie zustimmen.',
  },
  journey: {
    title: 'Belastungsreise der Kundschaft',
    prompt:
      'Aus Sicht unserer Kundschaft: Wie viel Zeit, Sorge, Aufwand und Geld kostet sie jeder Schritt? 0 = nichts, 3 = viel.',
    stages: ['Entdecken', 'Auswählen', 'Kaufen', 'Loslegen', 'Nutzen', 'Hilfe holen', 'Verlängern'],
  },
  pushPull: {
    title: 'Von uns gedrückt oder von der Kundschaft gewollt?',
    prompt: 'Für jede Karte: Hat die Kundschaft danach gefragt, oder drücken wir es ihr auf?',
    push: 'Von uns gedrückt',
    pull: 'Von der Kundschaft gewollt',
    unsure: 'Unsicher',
    proposeTitle: 'Karten zum Sortieren vorschlagen',
    proposePrompt:
      'Nennen Sie ein Produkt, eine Funktion, ein Projekt oder eine Kampagne, die der Raum einordnen soll: von uns gedrückt oder von der Kundschaft gewollt. Die Moderation wählt aus, welche sortiert werden.',
    proposalList: 'Vorgeschlagene Karten',
    proposalWording: {
      one: 'Karte',
      many: 'Karten',
      written: 'vorgeschlagen',
      placeholder: 'Eine Karte benennen…',
    },
  },
  simplify: {
    title: 'Angebot vereinfachen',
    prompt:
      'Bewerten Sie jedes Angebot so, wie die Kundschaft es erlebt: den Wert, den es ihr bringt, und die Last, es zu finden, zu kaufen und zu nutzen.',
    valueAxis: 'Wert für die Kundschaft',
    burdenAxis: 'Last für die Kundschaft',
  },
  actionPlan: {
    title: 'Aktionsplan auf dem Kontinuum',
    prompt:
      'Wo steht jede Initiative heute: eine symbolische Geste, eine Änderung an Prozessen und Regeln oder eine substanzielle Änderung daran, wie wir einstellen, schulen, messen und entscheiden?',
    votesTitle: 'Prioritäten wählen',
    votesPrompt: (dots) =>
      dots === 1
        ? 'Sie haben 1 Punkt: Setzen Sie ihn auf die Initiative, die unserer Kundschaft am meisten bringen würde.'
        : `Sie haben ${dots} Punkte: Setzen Sie sie auf die Initiativen, die unserer Kundschaft am meisten bringen würden.`,
  },
};
