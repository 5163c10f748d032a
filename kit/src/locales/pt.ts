/** The kit's Portuguese strings (European Portuguese, i18next namespace `kit`), as the survey speaks. */
import type { KitStrings } from './fr.js';

export const pt: KitStrings = {
  brand: 'Barómetro cidadão',
  headline: 'A sua opinião conta!',
  question: 'Como foi atendido nos nossos serviços públicos?',
  /** The survey's own button (widget/src/locales/pt.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Dê a sua opinião',
  action: 'Responda em 2 minutos',
  scan: 'Leia o código ou aceda a',
  promise: 'Anónimo · sem registo · sem cookies',
  screen: {
    tap: 'Toque para responder',
    click: 'Clique para dar a sua opinião',
    address: 'Responda em',
    alt: '{{asset}} do Barómetro cidadão para {{name}}: «A sua opinião conta! Como foi atendido nos nossos serviços públicos?». O questionário está em {{url}}.',
    linkAlt: 'Dê a sua opinião sobre o atendimento nos serviços públicos de {{name}} (Barómetro cidadão, 2 minutos, anónimo)',
    snippetHelp:
      'Código HTML para colar no seu sítio ou na sua assinatura: a ligação conta os cliques deste suporte. Primeiro, coloque online a imagem {{image}} (no ZIP) e depois substitua «{{image}}» no código pelo seu endereço completo. A imagem 2× continua a ser apresentada a {{width}} × {{height}} px e fica nítida nos ecrãs de alta densidade.',
  },
  flyer: {
    asked: 'O que lhe perguntamos',
    overall: 'Uma pergunta: «De forma geral, como correu?» Mal, razoável ou muito bem.',
    criteriaIntro: 'Depois, se quiser, cinco pontos avaliados de 1 a 5:',
    criteria: {
      accessibilite: 'Acesso ao serviço (horários, local, telefone)',
      accueil: 'Atendimento e cortesia',
      attente: 'Tempo de espera',
      efficacite: 'Eficácia (resposta clara, pedido tratado)',
      'en-ligne': 'Serviços online',
    },
    why: 'Porquê?',
    whyText: 'As suas respostas mostram a {{name}} o que corre bem e o que deve mudar no atendimento dos seus serviços públicos: servem para o melhorar.',
    anonymous: 'Anónimo',
    anonymousText:
      'Sem nome, sem registo, sem cookies. Nos comentários, os endereços de e-mail e os números de telefone são ocultados antes de serem guardados.',
    results: 'Os resultados',
    resultsText: 'Publicados todos os meses e comparados com os do departamento e de toda a França, no painel público:',
    answer: 'Responda em 2 minutos: {{url}}',
  },
  alt: '{{asset}} do Barómetro cidadão para {{name}}: «A sua opinião conta! Como foi atendido nos nossos serviços públicos?». Um código QR leva ao questionário, também disponível em {{url}}.',
  posts: {
    facebook:
      '📣 {{name}} quer ouvir a sua opinião! Balcões, atendimento, serviços: como foi atendido? Dê a sua opinião em 2 minutos, de forma anónima: {{url}}',
    linkedin:
      '{{name}} participa no Barómetro cidadão, a medição nacional da qualidade do atendimento nos serviços públicos. Utentes, parceiros, trabalhadores: a sua opinião ajuda-nos a melhorar. O questionário demora 2 minutos e é anónimo: {{url}}',
    x: 'Como foi atendido pelos serviços de {{name}}? 2 minutos, anónimo: {{url}} #BarómetroCidadão',
    instagram:
      'A sua opinião conta! 🗳️ Diga-nos como foi atendido nos serviços de {{name}}. 2 minutos, anónimo, link na bio ({{url}}). #BarómetroCidadão #ServiçoPúblico',
    bulletin:
      'Barómetro cidadão: a sua opinião conta\n\n{{name}} participa no Barómetro cidadão, que mede a qualidade do atendimento nos serviços públicos (acesso, cortesia, tempo de espera, eficácia, serviços online). Quer tenha ido a um balcão de atendimento ou à biblioteca, quer tenha telefonado para um serviço, diga-nos como foi atendido. O questionário demora dois minutos, é anónimo e não exige registo: {{url}}. Os resultados são publicados todos os meses e comparados com os do departamento e de toda a França.',
  },
  readme: {
    title: 'Kit de comunicação — {{name}}',
    intro:
      'Este kit contém os materiais para dar a conhecer o questionário do Barómetro cidadão. Cada suporte impresso tem o seu próprio código QR; os suportes para ecrã (banners, redes sociais, story, assinatura) mostram o endereço em tamanho grande, e os banners e a assinatura têm o seu código HTML pronto a colar: o painel indica-lhe que suporte trouxe respostas.',
    files: 'Ficheiros',
    posts: 'Textos prontos a publicar',
    alts: 'Textos alternativos das imagens (a copiar para o campo «texto alternativo» do seu sítio ou rede social)',
    snippets: 'Códigos HTML dos banners e da assinatura',
    snippetsIntro:
      'Cada ficheiro `.html` contém a ligação a colocar à volta da imagem: abre o questionário e conta os cliques deste suporte. Primeiro, coloque online a imagem `@2x` (biblioteca multimédia do seu sítio ou o seu programa de e-mail) e depois substitua o nome dela no código pelo seu endereço completo. Os atributos width e height mantêm a imagem no seu tamanho, nítida nos ecrãs de alta densidade.',
    screens:
      'Ecrãs: cada imagem existe também em dupla resolução (`@2x.png`), mais nítida nos telemóveis; a story mantém o texto fora das zonas tapadas pelo Instagram e pelo TikTok.',
    print:
      'Impressão: cada PDF tem o formato final A4, A3 ou A5 (TrimBox), com 3 mm de sangria de cada lado (BleedBox), onde se prolongam as faixas de cor; textos e código QR ficam dentro de uma margem de segurança; tipos de letra incorporados; o folheto A5 é frente e verso (2 páginas). {{marks}} Imprima a 100%, sem ajustar à página.',
    printMarks: {
      with: 'Marcas de corte nos quatro cantos, fora da sangria.',
      without: 'Sem marcas de corte (para as pedir: opção --crop-marks, ou caixa «Traits de coupe» da página do kit).',
    },
  },
  results: {
    kicker: 'Barómetro cidadão — os seus resultados',
    headline: 'Deram-nos {{score}}/10 — obrigado!',
    detail: '{{answers}} opiniões, {{period}} · {{percent}} de utentes satisfeitos',
    best: 'O mais bem avaliado: {{criterion}} ({{score}}/10)',
    again: 'Continuem a dar-nos a vossa opinião:',
    alt: '{{asset}} de {{name}}: «{{headline}}»',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Boletim informativo local' },
};
