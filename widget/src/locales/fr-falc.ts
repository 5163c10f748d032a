/** Easy-to-read French (FALC, « Facile à lire et à comprendre »): short sentences, common words. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'Donnez votre avis sur ce service',
  intro: 'C’est rapide. Personne ne saura qui vous êtes. Votre avis aide la mairie à mieux vous accueillir.',
  overall: { question: 'Comment ça s’est passé\u202f?', levels: { 'pas-bien': 'Pas bien', moyen: 'Moyen', 'tres-bien': 'Très bien' } },
  service: {
    label: 'Quel service avez-vous vu\u202f?',
    rated: 'Le service\u202f:',
    choose: 'Choisissez un service',
    required: 'Choisissez d’abord le service.',
    options: {
      mairie: 'Mairie',
      'etat-civil': 'Papiers de naissance, de mariage, de décès',
      ccas: 'Aide sociale (CCAS)',
      bibliotheque: 'Bibliothèque',
      ecole: 'École et garderie',
      'petite-enfance': 'Crèche et jeunes enfants',
      transport: 'Bus et transports',
      dechets: 'Poubelles et propreté',
      urbanisme: 'Travaux et construction',
      'police-municipale': 'Police de la ville',
      sport: 'Sport',
      culture: 'Culture et spectacles',
      'site-internet': 'Site internet',
      autre: 'Un autre service',
    },
  },
  channel: {
    label: 'Comment avez-vous contacté le service\u202f?',
    choose: 'Choisissez (pas obligatoire)',
    options: {
      guichet: 'Je suis allé sur place',
      telephone: 'Par téléphone',
      courriel: 'Par e-mail',
      courrier: 'Par lettre',
      'en-ligne': 'Sur internet',
      autre: 'Autrement',
    },
  },
  criteria: {
    intro: 'Merci\u202f! Nous avons votre réponse. Vous pouvez aussi donner une note pour chaque point. Ce n’est pas obligatoire.',
    scale: '1 veut dire\u202f: pas du tout content. 5 veut dire\u202f: très content.',
    labels: {
      accessibilite: 'Trouver le service\u202f: horaires, lieu, téléphone',
      accueil: 'Politesse et gentillesse',
      attente: 'Temps d’attente',
      efficacite: 'Le service a répondu à ma demande',
      'en-ligne': 'Démarches sur internet',
    },
    levels: { 1: 'Pas du tout content', 2: 'Pas content', 3: 'Un peu content', 4: 'Content', 5: 'Très content', nc: 'Je ne suis pas concerné' },
  },
  comment: {
    label: 'Vous voulez écrire quelque chose\u202f? (pas obligatoire)',
    warning: 'N’écrivez pas votre nom. N’écrivez pas votre adresse. N’écrivez pas votre numéro de téléphone.',
  },
  next: 'Continuer',
  submit: 'Envoyer',
  thanks: {
    title: 'Merci pour votre avis\u202f!',
    sent: 'Nous avons bien reçu votre réponse.',
    queued: 'Il n’y a pas d’internet. Votre réponse partira quand internet revient.',
    results: 'Voir les résultats',
  },
  status: { recorded: 'Réponse enregistrée.', queued: 'Il n’y a pas d’internet. Votre réponse est gardée. Elle partira plus tard.' },
  refused: 'Votre réponse n’est pas enregistrée. Le questionnaire a un problème sur ce site.',
  misconfigured: 'Ce questionnaire ne marche pas. Un réglage est faux\u202f: {{attribute}}.',
  button: { open: 'Donnez votre avis', close: 'Fermer' },
  kiosk: {
    next: 'Nouvelle réponse',
    reset: 'Le questionnaire va recommencer. C’est pour la personne suivante.',
    attract: 'Votre avis aide à mieux accueillir les gens. Touchez une réponse pour commencer. Votre réponse est anonyme.',
  },
};

export default strings;
