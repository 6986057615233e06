import type { ExerciseContent } from '../content';

// "je", as the phones say it; stip/stippen, geduwd/gevraagd and last as on the phones and the projector.
export const nl: ExerciseContent = {
  centricity: {
    title: 'Klantgerichtheidscheck',
    questions: [
      'Onze managers staan erop dat ze direct en regelmatig contact hebben met klanten.',
      'We meten succes eerder aan klantcijfers dan aan productcijfers.',
      'Onze managers werken over afdelingsgrenzen heen, voor resultaten die het hele bedrijf dienen.',
      'Onze leiding bouwt bewust aan wat de organisatie over haar klanten weet.',
    ],
    departments: [
      'ICT',
      'Financiën',
      'HR',
      'Productontwikkeling / R&D',
      'Verkoop',
      'Klantenservice',
      'Bedrijfsvoering',
      'Marketing',
    ],
    pollPrompt: 'In hoeverre klopt elke stelling vandaag voor ons?',
    notAtAll: 'Helemaal niet',
    completely: 'Volledig',
    departmentsTitle: 'Afdelingen met klantcontact',
    departmentsPrompt: 'Welke afdelingen hebben regelmatig direct contact met klanten?',
  },
  definition: {
    title: 'Wat klantgericht betekent — en wat niet',
    meansPrompt: 'Klantgericht zijn betekent voor ons…',
    notMeansPrompt: 'Klantgericht zijn betekent NIET…',
    activityPrompt:
      'Maak de zinnen af in je eigen woorden en steun daarna de stellingen waarmee je het eens bent.',
  },
  journey: {
    title: 'Lastenreis van de klant',
    prompt:
      'Door de ogen van onze klanten: hoeveel tijd, zorgen, moeite en geld kost elke stap hen? 0 = geen, 3 = veel.',
    stages: ['Ontdekken', 'Kiezen', 'Kopen', 'Starten', 'Gebruiken', 'Hulp krijgen', 'Verlengen'],
  },
  pushPull: {
    title: 'Door ons geduwd of door klanten gevraagd?',
    prompt: 'Per kaart: hebben klanten hierom gevraagd, of dringen wij het hun op?',
    push: 'Door ons geduwd',
    pull: 'Door klanten gevraagd',
    unsure: 'Weet niet',
    proposeTitle: 'Kaarten voorstellen om te sorteren',
    proposePrompt:
      'Noem een product, functie, project of campagne die de zaal moet sorteren: door ons geduwd of door klanten gevraagd. De begeleider kiest welke in de sortering komen.',
    proposalList: 'Voorgestelde kaarten',
    proposalWording: {
      one: 'kaart',
      many: 'kaarten',
      written: 'voorgesteld',
      placeholder: 'Noem een kaart…',
    },
  },
  simplify: {
    title: 'Aanbod vereenvoudigen',
    prompt:
      'Beoordeel elk aanbod door de ogen van de klant: wat het oplevert, en hoeveel last het geeft om het te vinden, te kopen en te gebruiken.',
    valueAxis: 'Waarde voor de klant',
    burdenAxis: 'Last voor de klant',
  },
  actionPlan: {
    title: 'Actieplan op het continuüm',
    prompt:
      'Waar staat elk initiatief vandaag: een symbolisch gebaar, een aanpassing van processen of beleid, of een wezenlijke verandering in hoe we mensen aannemen, opleiden, meten en beslissen?',
    votesTitle: 'Stemmen op prioriteiten',
    votesPrompt: (dots) =>
      dots === 1
        ? 'Je hebt 1 stip: zet hem op het initiatief dat het meest zou betekenen voor onze klanten.'
        : `Je hebt ${dots} stippen: zet ze op de initiatieven die het meest zouden betekenen voor onze klanten.`,
  },
};
