import type { Burden } from '../../burdens';
import type { ExerciseContent } from '../content';

/** The burdens as the titles below name them. */
const BURDENS: Record<Burden, string> = {
  time: 'el tiempo perdido',
  worry: 'la preocupación',
  effort: 'el esfuerzo',
  money: 'el gasto',
};

// "tú" as on the phones and the console (one register in the room), and "quien facilita" as on the phones: no one's gender assumed.
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
      'Completa las frases con tus propias palabras y después apoya las afirmaciones con las que estés de acuerdo.',
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
      'Propón un producto, una función, un proyecto o una campaña para que la sala lo clasifique: empujado por nosotros o pedido por los clientes. Quien facilita elige cuáles entran en la clasificación.',
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
      'Valora cada oferta como la ve el cliente: el valor que le aporta y la carga que le supone encontrarla, comprarla y usarla.',
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
        ? 'Tienes 1 punto: ponlo en la iniciativa que más importaría a nuestros clientes.'
        : `Tienes ${dots} puntos: ponlos en las iniciativas que más importarían a nuestros clientes.`,
  },
  made: {
    untitledWorkshop: 'Taller sin nombre',
    copyOf: (name) => `${name} (copia)`,
    newInitiative: 'Nueva iniciativa',
    simplifyOffering: (offering) => `Simplificar ${offering}`,
    retireOffering: (offering) => `Retirar ${offering}`,
    cutBurden: (burden, stage) => `Reducir ${BURDENS[burden]} de los clientes en «${stage}»`,
    burdenRated: (burden, stage, mean, count) =>
      `La sala valoró ${BURDENS[burden]} de los clientes en «${stage}» con ${mean} de 3 (${count} ${count === 1 ? 'valoración' : 'valoraciones'}).`,
    round: (title, round) => `${title} (ronda ${round})`,
  },
  own: {
    title: 'Mi ejercicio',
    scaleTitle: '¿En qué medida estás de acuerdo?',
    choiceTitle: 'Elige una opción',
    openTitle: 'Con tus propias palabras',
    dotsTitle: '¿Por dónde deberíamos empezar?',
    ratingTitle: 'Valora cada elemento',
    ratingAcross: 'Valor',
    ratingUp: 'Esfuerzo',
    sortTitle: 'Clasifica las tarjetas',
    sortCategories: ['Mantener', 'Cambiar'],
  },
};
