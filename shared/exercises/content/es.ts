import type { ExerciseContent } from '../content';

// "usted" where a sentence needs a person, and "quien facilita" as on the phones: no one's gender assumed.
export const es: ExerciseContent = {
  centricity: {
    title: 'Chequeo de orientación al cliente',
    questions: [
      'Nuestros directivos insisten en tener un contacto directo y regular con los clientes.',
      'Medimos el éxito más con indicadores de clientes que con indicadores de producto.',
      'Nuestros directivos trabajan más allá de los silos para lograr resultados que sirvan a toda la empresa.',
      'Nuestra dirección desarrolla de forma deliberada lo que la organización sabe de sus clientes.',
    ],
    departments: [
      'Sistemas',
      'Finanzas',
      'RR. HH.',
      'Producto / I+D',
      'Ventas',
      'Atención al cliente',
      'Operaciones',
      'Marketing',
    ],
    pollPrompt: '¿Hasta qué punto es cierta hoy cada afirmación para nosotros?',
    notAtAll: 'Nada',
    completely: 'Totalmente',
    departmentsTitle: 'Departamentos en contacto con los clientes',
    departmentsPrompt: '¿Qué departamentos tienen un contacto directo y regular con los clientes?',
  },
  definition: {
    title: 'Qué significa centrarnos en el cliente, y qué no',
    meansPrompt: 'Para nosotros, centrarnos en el cliente significa…',
    notMeansPrompt: 'Centrarnos en el cliente NO significa…',
    activityPrompt:
      'Complete las frases con sus propias palabras y después apoye las afirmaciones con las que esté de acuerdo.',
  },
  journey: {
    title: 'Recorrido de cargas del cliente',
    prompt:
      'Desde el punto de vista de nuestros clientes: ¿cuánto tiempo, preocupación, esfuerzo y dinero les cuesta cada paso? 0 = nada, 3 = mucho.',
    stages: ['Descubrir', 'Elegir', 'Comprar', 'Empezar', 'Usar', 'Pedir ayuda', 'Renovar'],
  },
  pushPull: {
    title: '¿Empujado por nosotros o pedido por los clientes?',
    prompt: 'Para cada tarjeta: ¿lo pidieron los clientes o se lo estamos imponiendo nosotros?',
    push: 'Empujado por nosotros',
    pull: 'Pedido por los clientes',
    unsure: 'No lo sé',
    proposeTitle: 'Proponer tarjetas para clasificar',
    proposePrompt:
      'Proponga un producto, una función, un proyecto o una campaña para que la sala lo clasifique: empujado por nosotros o pedido por los clientes. Quien facilita elige cuáles entran en la clasificación.',
    proposalList: 'Tarjetas propuestas para la clasificación',
    // "written" follows "Ya has … el máximo", as the phones' "escrito" does.
    proposalWording: {
      one: 'tarjeta',
      many: 'tarjetas',
      written: 'propuesto',
      placeholder: 'Una tarjeta para clasificar…',
    },
  },
  simplify: {
    title: 'Simplificación de la oferta',
    prompt:
      'Valore cada oferta como la ve el cliente: el valor que le aporta y la carga que le supone encontrarla, comprarla y usarla.',
    valueAxis: 'Valor para el cliente',
    burdenAxis: 'Carga para el cliente',
  },
  actionPlan: {
    title: 'Plan de acción en el continuo',
    prompt:
      '¿Dónde está hoy cada iniciativa: un gesto simbólico, un cambio de procesos o normas, o un cambio de fondo en cómo contratamos, formamos, medimos y decidimos?',
    votesTitle: 'Votar prioridades',
    votesPrompt: (dots) =>
      dots === 1
        ? 'Tiene 1 punto: póngalo en la iniciativa que más importaría a nuestros clientes.'
        : `Tiene ${dots} puntos: póngalos en las iniciativas que más importarían a nuestros clientes.`,
  },
};
