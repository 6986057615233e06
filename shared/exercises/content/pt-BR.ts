import type { ExerciseContent } from '../content';

// "você", and "quem facilita" as on the phones; empurrado/pedido and carga as on the projector.
export const ptBR: ExerciseContent = {
  centricity: {
    title: 'Diagnóstico de foco no cliente',
    questions: [
      'Nossos gestores fazem questão de ter contato direto e regular com os clientes.',
      'Medimos o sucesso mais por indicadores de clientes do que por indicadores de produto.',
      'Nossos gestores atuam além dos silos em busca de resultados para a empresa como um todo.',
      'Nossas lideranças desenvolvem de forma deliberada o conhecimento da organização sobre os clientes.',
    ],
    departments: ['TI', 'Finanças', 'RH', 'Produto / P&D', 'Vendas', 'Atendimento', 'Operações', 'Marketing'],
    pollPrompt: 'Até que ponto cada afirmação vale para nós hoje?',
    notAtAll: 'Nada',
    completely: 'Totalmente',
    departmentsTitle: 'Áreas em contato com os clientes',
    departmentsPrompt: 'Quais áreas têm contato direto e regular com os clientes?',
  },
  definition: {
    title: 'O que ser centrado no cliente significa — e o que não significa',
    meansPrompt: 'Para nós, ser centrado no cliente significa…',
    notMeansPrompt: 'Ser centrado no cliente NÃO significa…',
    activityPrompt:
      'Complete as frases com suas próprias palavras e depois apoie as afirmações com que você concorda.',
  },
  journey: {
    title: 'Jornada de esforços do cliente',
    prompt:
      'Do ponto de vista dos nossos clientes: quanto tempo, preocupação, esforço e dinheiro cada etapa custa a eles? 0 = nenhum, 3 = muito.',
    stages: ['Descobrir', 'Escolher', 'Comprar', 'Começar', 'Usar', 'Pedir ajuda', 'Renovar'],
  },
  pushPull: {
    title: 'Empurrado por nós ou pedido pelos clientes?',
    prompt: 'Para cada cartão: os clientes pediram isso, ou somos nós que estamos empurrando para eles?',
    push: 'Empurrado por nós',
    pull: 'Pedido pelos clientes',
    unsure: 'Não sei',
    proposeTitle: 'Propor cartões para classificar',
    proposePrompt:
      'Cite um produto, uma funcionalidade, um projeto ou uma campanha que a sala deveria classificar: empurrado por nós ou pedido pelos clientes. Quem facilita escolhe quais entram na classificação.',
    proposalList: 'Cartões propostos para a classificação',
    // "written" follows "Você já … o máximo", as the phones' "escreveu" does.
    proposalWording: { one: 'cartão', many: 'cartões', written: 'propôs', placeholder: 'Nomeie um cartão…' },
  },
  simplify: {
    title: 'Simplificação da oferta',
    prompt:
      'Avalie cada oferta como o cliente a vê: o valor que ela traz para ele e a carga que ela impõe para encontrá-la, comprá-la e usá-la.',
    valueAxis: 'Valor para o cliente',
    burdenAxis: 'Carga para o cliente',
  },
  actionPlan: {
    title: 'Plano de ação no contínuo',
    prompt:
      'Onde cada iniciativa está hoje: um gesto simbólico, uma mudança de processos ou regras, ou uma mudança substancial na forma como contratamos, capacitamos, medimos e decidimos?',
    votesTitle: 'Votar prioridades',
    votesPrompt: (dots) =>
      dots === 1
        ? 'Você tem 1 ponto: coloque-o na iniciativa que faria mais diferença para nossos clientes.'
        : `Você tem ${dots} pontos: coloque-os nas iniciativas que fariam mais diferença para nossos clientes.`,
  },
};
