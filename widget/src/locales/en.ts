/** English. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'Your opinion of this public service',
  intro: 'Two minutes, anonymous: your answers help your local authority improve how it welcomes you.',
  overall: { question: 'Overall, how did it go?', levels: { 'pas-bien': 'Not well', moyen: 'Fair', 'tres-bien': 'Very well' } },
  service: {
    label: 'Which service did you contact?',
    rated: 'Service rated:',
    choose: 'Choose a service',
    required: 'First choose the service concerned.',
    options: {
      mairie: 'Town hall',
      'etat-civil': 'Civil registry (births, marriages, deaths)',
      ccas: 'CCAS (social services)',
      bibliotheque: 'Library, media library',
      ecole: 'School, after-school care',
      'petite-enfance': 'Early childhood',
      transport: 'Transport',
      dechets: 'Waste, street cleaning',
      urbanisme: 'Planning and building permits',
      'police-municipale': 'Municipal police',
      sport: 'Sports facilities',
      culture: 'Culture',
      'site-internet': 'Website',
      autre: 'Other service',
    },
  },
  channel: {
    label: 'How did you contact it?',
    choose: 'Choose (optional)',
    options: { guichet: 'In person, at the desk', telephone: 'By phone', courriel: 'By e-mail', courrier: 'By post', 'en-ligne': 'Online', autre: 'Other' },
  },
  criteria: {
    intro: 'Thank you! Your answer is recorded. To go further, rate each point (optional).',
    scale: 'From 1 (very dissatisfied) to 5 (very satisfied).',
    labels: {
      accessibilite: 'Reaching the service (opening hours, location, phone)',
      accueil: 'Welcome and courtesy',
      attente: 'Waiting time',
      efficacite: 'Effectiveness (clear answer, request handled)',
      'en-ligne': 'Online procedures',
    },
    levels: { 1: 'Very dissatisfied', 2: 'Dissatisfied', 3: 'Fairly satisfied', 4: 'Satisfied', 5: 'Very satisfied', nc: 'Not applicable' },
  },
  comment: {
    label: 'Any comment? (optional)',
    warning: 'Do not include names, addresses, phone numbers or any other personal data.',
  },
  next: 'Continue',
  submit: 'Send my opinion',
  thanks: {
    title: 'Thank you for your opinion!',
    sent: 'Your answer has been recorded.',
    queued: 'Your answer will be sent as soon as the connection is back.',
    results: 'See the published results (in French)',
  },
  status: { recorded: 'Answer recorded.', queued: 'No connection: your answer is kept and will be sent later.' },
  refused: 'Your answer could not be recorded: this survey is not set up correctly on this site.',
  misconfigured: 'This survey is misconfigured (attribute “{{attribute}}”).',
  button: { open: 'Give your opinion', close: 'Close' },
  kiosk: {
    next: 'New answer',
    reset: 'The survey resets in a few seconds for the next person.',
    attract: 'Your opinion helps improve how people are welcomed. Tap an answer to start: it is anonymous.',
  },
};

export default strings;
