import type { OpenTextWording } from '../activities/openTextWords';
import type { Language } from '../languages';

/**
 * What a new exercise says, per language: written from the meaning of each exercise (docs: DOMAIN.md),
 * not word for word. Used when an exercise is created and for the wording its activities add; what
 * the facilitator typed is never translated.
 */
export interface ExerciseContent {
  centricity: {
    title: string;
    questions: readonly string[];
    departments: readonly string[];
    pollPrompt: string;
    notAtAll: string;
    completely: string;
    departmentsTitle: string;
    departmentsPrompt: string;
  };
  definition: { title: string; meansPrompt: string; notMeansPrompt: string; activityPrompt: string };
  journey: { title: string; prompt: string; stages: readonly string[] };
  pushPull: {
    title: string;
    prompt: string;
    push: string;
    pull: string;
    unsure: string;
    proposeTitle: string;
    proposePrompt: string;
    proposalList: string;
    proposalWording: OpenTextWording;
  };
  simplify: { title: string; prompt: string; valueAxis: string; burdenAxis: string };
  actionPlan: { title: string; prompt: string; votesTitle: string; votesPrompt: (dots: number) => string };
}

const en: ExerciseContent = {
  centricity: {
    title: 'Centricity check',
    questions: [
      'Our managers insist on direct, regular contact with customers.',
      'We judge success more by customer measures than by product measures.',
      'Our managers work across silos for results that serve the whole company.',
      'Our leaders deliberately build the organisation’s knowledge of customers.',
    ],
    departments: ['IT', 'Finance', 'HR', 'Product / R&D', 'Sales', 'Service', 'Operations', 'Marketing'],
    pollPrompt: 'How true is each statement of us today?',
    notAtAll: 'Not at all',
    completely: 'Completely',
    departmentsTitle: 'Departments in contact with customers',
    departmentsPrompt: 'Which departments have regular, direct contact with customers?',
  },
  definition: {
    title: 'What customer-centric means — and does not mean',
    meansPrompt: 'For us, being customer-centric means…',
    notMeansPrompt: 'Being customer-centric does NOT mean…',
    activityPrompt: 'Finish the sentences in your own words, then upvote the statements you agree with.',
  },
  journey: {
    title: 'Customer-burden journey',
    prompt:
      'As our customer sees it: how much time, worry, effort and money does each step cost them? 0 = none, 3 = a lot.',
    stages: ['Discover', 'Choose', 'Buy', 'Start', 'Use', 'Get help', 'Renew'],
  },
  pushPull: {
    title: 'Product push or customer pull?',
    prompt: 'For each card: did customers ask for this, or are we pushing it onto them?',
    push: 'Pushed by us',
    pull: 'Pulled by customers',
    unsure: 'Unsure',
    proposeTitle: 'Propose cards to sort',
    proposePrompt:
      'Name a product, feature, project or campaign the room should sort as pushed by us or pulled by customers. The facilitator picks which ones go into the sort.',
    proposalList: 'Cards proposed for the sort',
    proposalWording: { one: 'card', many: 'cards', written: 'proposed', placeholder: 'Name a card…' },
  },
  simplify: {
    title: 'Offering simplification',
    prompt:
      'Rate each offering as the customer sees it: the value it gives them, and the burden it puts on them to find, buy and use it.',
    valueAxis: 'Value to the customer',
    burdenAxis: 'Burden on the customer',
  },
  actionPlan: {
    title: 'Continuum action plan',
    prompt:
      'Where does each initiative sit today: a symbolic gesture, a process or policy change, or a substantive change in how we hire, teach, measure and decide?',
    votesTitle: 'Vote priorities',
    votesPrompt: (dots) =>
      `You have ${dots} ${dots === 1 ? 'dot' : 'dots'}: put them on the initiatives that would matter most to our customers.`,
  },
};

const de: ExerciseContent = {
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
      `Sie haben ${dots} ${dots === 1 ? 'Punkt' : 'Punkte'}: Setzen Sie sie auf die Initiativen, die unserer Kundschaft am meisten bringen würden.`,
  },
};

const CONTENT: Partial<Record<Language, ExerciseContent>> = { en, de };

/** The exercise wording in this language; English where none is written yet. */
export function contentIn(language: Language | undefined): ExerciseContent {
  return CONTENT[language ?? 'en'] ?? en;
}
