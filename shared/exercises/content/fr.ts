import type { ExerciseContent } from '../content';

// "vous", as a facilitator addresses managers; the room's words (centré client, poussé/demandé, charge) as on the phones.
export const fr: ExerciseContent = {
  centricity: {
    title: 'Bilan d’orientation client',
    questions: [
      'Nos managers tiennent à un contact direct et régulier avec les clients.',
      'Nous mesurons notre réussite davantage par des indicateurs clients que par des indicateurs produits.',
      'Nos managers dépassent les silos pour obtenir des résultats au service de toute l’entreprise.',
      'Nos dirigeants développent délibérément la connaissance que l’organisation a de ses clients.',
    ],
    departments: [
      'Informatique',
      'Finances',
      'RH',
      'Produit / R&D',
      'Ventes',
      'Service client',
      'Opérations',
      'Marketing',
    ],
    pollPrompt: 'Dans quelle mesure chaque affirmation est-elle vraie pour nous aujourd’hui ?',
    notAtAll: 'Pas du tout',
    completely: 'Tout à fait',
    departmentsTitle: 'Départements en contact avec les clients',
    departmentsPrompt: 'Quels départements ont un contact direct et régulier avec les clients ?',
  },
  definition: {
    title: 'Ce qu’être centré client veut dire — et ne veut pas dire',
    meansPrompt: 'Pour nous, être centré client, c’est…',
    notMeansPrompt: 'Être centré client, ce n’est PAS…',
    activityPrompt:
      'Complétez les phrases avec vos propres mots, puis soutenez les affirmations avec lesquelles vous êtes d’accord.',
  },
  journey: {
    title: 'Parcours client : la charge à chaque étape',
    prompt:
      'Du point de vue de nos clients : combien de temps, d’inquiétude, d’effort et d’argent chaque étape leur coûte-t-elle ? 0 = rien, 3 = beaucoup.',
    stages: ['Découvrir', 'Choisir', 'Acheter', 'Démarrer', 'Utiliser', 'Obtenir de l’aide', 'Renouveler'],
  },
  pushPull: {
    title: 'Poussé par nous ou demandé par les clients ?',
    prompt: 'Pour chaque carte : les clients l’ont-ils demandé, ou est-ce nous qui le leur imposons ?',
    push: 'Poussé par nous',
    pull: 'Demandé par les clients',
    unsure: 'Je ne sais pas',
    proposeTitle: 'Proposer des cartes à trier',
    proposePrompt:
      'Citez un produit, une fonctionnalité, un projet ou une campagne que la salle devrait classer : poussé par nous ou demandé par les clients. L’animateur choisit ceux qui entrent dans le tri.',
    proposalList: 'Cartes proposées pour le tri',
    // "written" follows "Vous avez … le maximum", as the phones' "écrit" does.
    proposalWording: { one: 'carte', many: 'cartes', written: 'proposé', placeholder: 'Nommez une carte…' },
  },
  simplify: {
    title: 'Simplification de l’offre',
    prompt:
      'Évaluez chaque offre comme le client la voit : la valeur qu’elle lui apporte, et la charge qu’elle lui impose pour la trouver, l’acheter et l’utiliser.',
    valueAxis: 'Valeur pour le client',
    burdenAxis: 'Charge pour le client',
  },
  actionPlan: {
    title: 'Plan d’action sur le continuum',
    prompt:
      'Où se situe chaque initiative aujourd’hui : un geste symbolique, un changement de processus ou de règles, ou un changement de fond dans notre façon de recruter, de former, de mesurer et de décider ?',
    votesTitle: 'Voter les priorités',
    votesPrompt: (dots) =>
      dots === 1
        ? 'Vous avez 1 point : placez-le sur l’initiative qui compterait le plus pour nos clients.'
        : `Vous avez ${dots} points : placez-les sur les initiatives qui compteraient le plus pour nos clients.`,
  },
};
