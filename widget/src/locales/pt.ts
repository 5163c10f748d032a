/** Portuguese. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'A sua opinião sobre este serviço público',
  intro: 'Dois minutos, de forma anónima: as suas respostas ajudam a sua autarquia a melhorar o atendimento.',
  overall: { question: 'De forma geral, como correu?', levels: { 'pas-bien': 'Mal', moyen: 'Razoável', 'tres-bien': 'Muito bem' } },
  service: {
    label: 'Que serviço contactou?',
    rated: 'Serviço avaliado:',
    choose: 'Escolha um serviço',
    required: 'Escolha primeiro o serviço em causa.',
    options: {
      mairie: 'Câmara municipal',
      'etat-civil': 'Registo civil',
      ccas: 'CCAS (ação social)',
      bibliotheque: 'Biblioteca, mediateca',
      ecole: 'Escola, atividades extracurriculares',
      'petite-enfance': 'Primeira infância',
      transport: 'Transportes',
      dechets: 'Resíduos, limpeza urbana',
      urbanisme: 'Urbanismo',
      'police-municipale': 'Polícia municipal',
      sport: 'Instalações desportivas',
      culture: 'Cultura',
      'site-internet': 'Sítio na internet',
      autre: 'Outro serviço',
    },
  },
  channel: {
    label: 'Como o contactou?',
    choose: 'Escolha (opcional)',
    options: { guichet: 'Ao balcão', telephone: 'Por telefone', courriel: 'Por e-mail', courrier: 'Por correio', 'en-ligne': 'Online', autre: 'Outro' },
  },
  criteria: {
    intro: 'Obrigado! A sua resposta está registada. Se quiser, avalie cada ponto (opcional).',
    scale: 'De 1 (muito insatisfeito) a 5 (muito satisfeito).',
    labels: {
      accessibilite: 'Acesso ao serviço (horários, local, telefone)',
      accueil: 'Atendimento e cortesia',
      attente: 'Tempo de espera',
      efficacite: 'Eficácia (resposta clara, pedido tratado)',
      'en-ligne': 'Serviços online',
    },
    levels: { 1: 'Muito insatisfeito', 2: 'Insatisfeito', 3: 'Razoavelmente satisfeito', 4: 'Satisfeito', 5: 'Muito satisfeito', nc: 'Não se aplica' },
  },
  comment: {
    label: 'Algum comentário? (opcional)',
    warning: 'Não indique nomes, moradas, telefones nem outros dados pessoais.',
  },
  next: 'Continuar',
  submit: 'Enviar a minha opinião',
  thanks: {
    title: 'Obrigado pela sua opinião!',
    sent: 'A sua resposta foi registada.',
    queued: 'A sua resposta será enviada assim que a ligação for restabelecida.',
    results: 'Ver os resultados publicados (em francês)',
  },
  status: { recorded: 'Resposta registada.', queued: 'Sem ligação: a sua resposta fica guardada e será enviada mais tarde.' },
  refused: 'Não foi possível registar a sua resposta: este questionário não está bem configurado neste site.',
  misconfigured: 'Este questionário está mal configurado (atributo «{{attribute}}»).',
  button: { open: 'Dê a sua opinião', close: 'Fechar' },
  kiosk: {
    next: 'Nova resposta',
    reset: 'O questionário reinicia-se dentro de segundos para a pessoa seguinte.',
    attract: 'A sua opinião ajuda a melhorar o atendimento. Toque numa resposta para começar: é anónimo.',
  },
};

export default strings;
