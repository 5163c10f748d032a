/** Spanish. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'Su opinión sobre este servicio público',
  intro: 'Dos minutos, de forma anónima: sus respuestas ayudan a su ayuntamiento a mejorar la atención.',
  overall: { question: 'En general, ¿cómo le ha ido?', levels: { 'pas-bien': 'Mal', moyen: 'Regular', 'tres-bien': 'Muy bien' } },
  service: {
    label: '¿Con qué servicio se ha puesto en contacto?',
    rated: 'Servicio evaluado:',
    choose: 'Elija un servicio',
    required: 'Elija primero el servicio correspondiente.',
    options: {
      mairie: 'Ayuntamiento',
      'etat-civil': 'Registro civil',
      ccas: 'CCAS (servicios sociales)',
      bibliotheque: 'Biblioteca, mediateca',
      ecole: 'Escuela, actividades extraescolares',
      'petite-enfance': 'Primera infancia',
      transport: 'Transporte',
      dechets: 'Residuos, limpieza',
      urbanisme: 'Urbanismo',
      'police-municipale': 'Policía municipal',
      sport: 'Instalaciones deportivas',
      culture: 'Cultura',
      'site-internet': 'Sitio web',
      autre: 'Otro servicio',
    },
  },
  channel: {
    label: '¿Cómo se puso en contacto?',
    choose: 'Elija (opcional)',
    options: {
      guichet: 'En ventanilla',
      telephone: 'Por teléfono',
      courriel: 'Por correo electrónico',
      courrier: 'Por correo postal',
      'en-ligne': 'En línea',
      autre: 'Otro',
    },
  },
  criteria: {
    intro: '¡Gracias! Su respuesta está registrada. Si lo desea, valore cada aspecto (opcional).',
    scale: 'De 1 (muy insatisfecho) a 5 (muy satisfecho).',
    labels: {
      accessibilite: 'Acceso al servicio (horarios, lugar, teléfono)',
      accueil: 'Atención y cortesía',
      attente: 'Tiempo de espera',
      efficacite: 'Eficacia (respuesta clara, solicitud resuelta)',
      'en-ligne': 'Trámites en línea',
    },
    levels: { 1: 'Muy insatisfecho', 2: 'Insatisfecho', 3: 'Medianamente satisfecho', 4: 'Satisfecho', 5: 'Muy satisfecho', nc: 'No aplicable' },
  },
  comment: {
    label: '¿Algún comentario? (opcional)',
    warning: 'No indique nombres, direcciones, teléfonos ni otros datos personales.',
  },
  next: 'Continuar',
  submit: 'Enviar mi opinión',
  thanks: {
    title: '¡Gracias por su opinión!',
    sent: 'Su respuesta se ha registrado correctamente.',
    queued: 'Su respuesta se enviará en cuanto se restablezca la conexión.',
    results: 'Ver los resultados publicados (en francés)',
  },
  status: { recorded: 'Respuesta registrada.', queued: 'Sin conexión: su respuesta se guarda y se enviará más tarde.' },
  refused: 'No se ha podido registrar su respuesta: este cuestionario no está bien configurado en este sitio.',
  misconfigured: 'Este cuestionario está mal configurado (atributo «{{attribute}}»).',
  button: { open: 'Dé su opinión', close: 'Cerrar' },
  kiosk: {
    next: 'Nueva respuesta',
    reset: 'El cuestionario se reiniciará en unos segundos para la siguiente persona.',
    attract: 'Su opinión ayuda a mejorar la atención. Toque una respuesta para empezar: es anónimo.',
  },
};

export default strings;
