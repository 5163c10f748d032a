/** French, the default language. Question and list labels come from the contract itself. */
import {
  CHANNEL_LABELS_FR,
  CRITERION_LABELS_FR,
  CRITERION_LEVEL_LABELS_FR,
  NOT_CONCERNED_LABEL_FR,
  OVERALL_LABELS_FR,
  OVERALL_QUESTION_FR,
  SERVICE_GROUP_LABELS_FR,
  SERVICE_LABELS_FR,
} from '../../../survey/questionnaire.js';

export const fr = {
  title: 'Votre avis sur ce service public',
  intro: 'Deux minutes, anonyme\u202f: vos réponses aident votre collectivité à améliorer son accueil.',
  overall: { question: OVERALL_QUESTION_FR, levels: OVERALL_LABELS_FR },
  service: {
    label: 'Quel service avez-vous contacté\u202f?',
    rated: 'Service évalué\u202f:',
    choose: 'Choisissez un service',
    required: 'Choisissez d’abord le service concerné.',
    options: SERVICE_LABELS_FR,
    groups: SERVICE_GROUP_LABELS_FR,
  },
  channel: { label: 'Comment l’avez-vous contacté\u202f?', choose: 'Choisissez (facultatif)', options: CHANNEL_LABELS_FR },
  criteria: {
    intro: 'Merci\u202f! Votre réponse est enregistrée. Pour aller plus loin, notez chaque point (facultatif).',
    scale: 'De 1 (très insatisfait) à 5 (très satisfait).',
    labels: CRITERION_LABELS_FR,
    levels: { ...CRITERION_LEVEL_LABELS_FR, nc: NOT_CONCERNED_LABEL_FR },
  },
  comment: {
    label: 'Un commentaire\u202f? (facultatif)',
    warning: 'N’indiquez pas de nom, d’adresse, de téléphone ni d’autre donnée personnelle.',
  },
  next: 'Continuer',
  submit: 'Envoyer mon avis',
  thanks: {
    title: 'Merci pour votre avis\u202f!',
    sent: 'Votre réponse a bien été enregistrée.',
    queued: 'Votre réponse sera envoyée dès que la connexion sera rétablie.',
    results: 'Voir les résultats publiés',
  },
  status: { recorded: 'Réponse enregistrée.', queued: 'Pas de connexion\u202f: votre réponse est gardée et sera envoyée plus tard.' },
  refused: 'Votre réponse n’a pas pu être enregistrée\u202f: ce questionnaire est mal configuré sur ce site.',
  misconfigured: 'Ce questionnaire est mal configuré (attribut «\u202f{{attribute}}\u202f»).',
  button: {
    open: 'Donnez votre avis',
    close: 'Fermer',
  },
  kiosk: {
    next: 'Nouvelle réponse',
    reset: 'Le questionnaire se remet à zéro dans quelques secondes pour la personne suivante.',
    attract: 'Votre avis aide à améliorer l’accueil. Touchez une réponse pour commencer\u00a0: c’est anonyme.',
  },
} as const;
