/** The kit's Spanish strings (i18next namespace `kit`): « usted », as the survey speaks. */
import type { KitStrings } from './fr.js';

export const es: KitStrings = {
  brand: 'Barómetro ciudadano',
  headline: '¡Su opinión cuenta!',
  question: '¿Cómo le atendieron en nuestros servicios públicos?',
  /** The survey's own button (widget/src/locales/es.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Dé su opinión',
  action: 'Responda en 2 minutos',
  scan: 'Escanee el código o visite',
  promise: 'Anónimo · sin registro · sin cookies',
  screen: {
    tap: 'Toque para responder',
    click: 'Haga clic para dar su opinión',
    address: 'Responda en',
    alt: '{{asset}} del Barómetro ciudadano para {{name}}: «¡Su opinión cuenta! ¿Cómo le atendieron en nuestros servicios públicos?». El cuestionario está en {{url}}.',
    linkAlt: 'Dé su opinión sobre la atención en los servicios públicos de {{name}} (Barómetro ciudadano, 2 minutos, anónimo)',
    snippetHelp:
      'Código HTML para pegar en su sitio web o en su firma: el enlace cuenta los clics de este soporte. Primero suba la imagen {{image}} (incluida en el ZIP) y después sustituya «{{image}}» en el código por su dirección completa. La imagen 2× se muestra a {{width}} × {{height}} px y se ve nítida en las pantallas de alta densidad.',
  },
  flyer: {
    asked: 'Lo que le preguntamos',
    overall: 'Una pregunta: «En general, ¿cómo le ha ido?». Mal, regular o muy bien.',
    criteriaIntro: 'Después, si lo desea, cinco aspectos puntuados de 1 a 5:',
    criteria: {
      accessibilite: 'Acceso al servicio (horarios, lugar, teléfono)',
      accueil: 'Atención y cortesía',
      attente: 'Tiempo de espera',
      efficacite: 'Eficacia (respuesta clara, solicitud resuelta)',
      'en-ligne': 'Trámites en línea',
    },
    why: '¿Por qué?',
    whyText: 'Sus respuestas muestran a {{name}} lo que funciona bien y lo que debe cambiar en la atención de sus servicios públicos: sirven para mejorarla.',
    anonymous: 'Anónimo',
    anonymousText:
      'Sin nombre, sin registro, sin cookies. En los comentarios, las direcciones de correo electrónico y los números de teléfono se ocultan antes de guardarse.',
    results: 'Los resultados',
    resultsText: 'Se publican cada mes y se comparan con los del departamento y los de toda Francia, en el panel público:',
    answer: 'Responda en 2 minutos: {{url}}',
  },
  alt: '{{asset}} del Barómetro ciudadano para {{name}}: «¡Su opinión cuenta! ¿Cómo le atendieron en nuestros servicios públicos?». Un código QR lleva al cuestionario, también disponible en {{url}}.',
  posts: {
    facebook:
      '📣 ¡{{name}} quiere conocer su opinión! Ventanillas, atención, servicios: ¿cómo le atendieron? Dé su opinión en 2 minutos, de forma anónima: {{url}}',
    linkedin:
      '{{name}} participa en el Barómetro ciudadano, la medición nacional de la calidad de la atención en los servicios públicos. Usuarios, socios, personal: su opinión nos ayuda a mejorar. El cuestionario dura 2 minutos y es anónimo: {{url}}',
    x: '¿Cómo le atendieron los servicios de {{name}}? 2 minutos, anónimo: {{url}} #BarómetroCiudadano',
    instagram:
      '¡Su opinión cuenta! 🗳️ Cuéntenos cómo le atendieron en los servicios de {{name}}. 2 minutos, anónimo, enlace en la bio ({{url}}). #BarómetroCiudadano #ServicioPúblico',
    bulletin:
      'Barómetro ciudadano: su opinión cuenta\n\n{{name}} participa en el Barómetro ciudadano, que mide la calidad de la atención en los servicios públicos (acceso, cortesía, tiempo de espera, eficacia, trámites en línea). Tanto si ha acudido a una oficina de atención o a la biblioteca como si ha llamado a un servicio, cuéntenos cómo le atendieron. El cuestionario dura dos minutos, es anónimo y no requiere registro: {{url}}. Los resultados se publican cada mes y se comparan con los del departamento y los de toda Francia.',
  },
  readme: {
    title: 'Kit de comunicación — {{name}}',
    intro:
      'Este kit contiene los materiales para dar a conocer el cuestionario del Barómetro ciudadano. Cada soporte impreso tiene su propio código QR; los soportes para pantalla (banners, redes sociales, historia, firma) muestran la dirección en grande, y los banners y la firma incluyen su código HTML listo para pegar: el panel le indicará qué soporte ha traído respuestas.',
    files: 'Archivos',
    posts: 'Textos listos para publicar',
    alts: 'Textos alternativos de las imágenes (cópielos en el campo «texto alternativo» de su sitio web o red social)',
    snippets: 'Códigos HTML de los banners y de la firma',
    snippetsIntro:
      'Cada archivo `.html` contiene el enlace que debe rodear la imagen: abre el cuestionario y cuenta los clics de este soporte. Primero suba la imagen `@2x` (biblioteca de medios de su sitio o programa de correo electrónico) y después sustituya su nombre en el código por su dirección completa. Los atributos width y height mantienen la imagen a su tamaño, nítida en las pantallas de alta densidad.',
    screens:
      'Pantallas: cada imagen existe también en doble resolución (`@2x.png`), más nítida en los móviles; la historia mantiene su texto fuera de las zonas que tapan Instagram y TikTok.',
    print:
      'Impresión: cada PDF tiene un formato final A4, A3 o A5 (TrimBox), con 3 mm de sangrado por cada lado (BleedBox) por donde se extienden las franjas de color; los textos y el código QR quedan dentro de un margen de seguridad; fuentes incrustadas; el folleto A5 se imprime a doble cara (2 páginas). {{marks}} Imprima al 100 %, sin ajustar a la página.',
    printMarks: {
      with: 'Marcas de corte en las cuatro esquinas, fuera del sangrado.',
      without: 'Sin marcas de corte (para pedirlas: opción --crop-marks, o casilla «Traits de coupe» de la página del kit).',
    },
  },
  results: {
    kicker: 'Barómetro ciudadano — sus resultados',
    headline: 'Nos han dado un {{score}}/10. ¡Gracias!',
    detail: '{{answers}} opiniones, {{period}} · {{percent}} de usuarios satisfechos',
    best: 'Lo mejor valorado: {{criterion}} ({{score}}/10)',
    again: 'Sigan dándonos su opinión:',
    alt: '{{asset}} de {{name}}: «{{headline}}»',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Boletín informativo local' },
};
