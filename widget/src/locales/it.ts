/** Italian. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'La sua opinione su questo servizio pubblico',
  intro: 'Due minuti, in forma anonima: le sue risposte aiutano il suo comune a migliorare l’accoglienza.',
  overall: { question: 'Nel complesso, com’è andata?', levels: { 'pas-bien': 'Non bene', moyen: 'Così così', 'tres-bien': 'Molto bene' } },
  service: {
    label: 'Quale servizio ha contattato?',
    rated: 'Servizio valutato:',
    choose: 'Scelga un servizio',
    required: 'Scelga prima il servizio interessato.',
    options: {
      mairie: 'Municipio',
      'etat-civil': 'Stato civile, anagrafe',
      ccas: 'CCAS (servizi sociali)',
      bibliotheque: 'Biblioteca, mediateca',
      ecole: 'Scuola, doposcuola',
      'petite-enfance': 'Prima infanzia',
      transport: 'Trasporti',
      dechets: 'Rifiuti, pulizia urbana',
      urbanisme: 'Urbanistica, edilizia',
      'police-municipale': 'Polizia municipale',
      sport: 'Impianti sportivi',
      culture: 'Cultura',
      'site-internet': 'Sito internet',
      autre: 'Altro servizio',
    },
  },
  channel: {
    label: 'Come l’ha contattato?',
    choose: 'Scelga (facoltativo)',
    options: { guichet: 'Allo sportello', telephone: 'Per telefono', courriel: 'Per e-mail', courrier: 'Per posta', 'en-ligne': 'Online', autre: 'Altro' },
  },
  criteria: {
    intro: 'Grazie! La sua risposta è registrata. Per approfondire, valuti ogni aspetto (facoltativo).',
    scale: 'Da 1 (per niente soddisfatto) a 5 (molto soddisfatto).',
    labels: {
      accessibilite: 'Accessibilità del servizio (orari, luogo, telefono)',
      accueil: 'Accoglienza e cortesia',
      attente: 'Tempo di attesa',
      efficacite: 'Efficacia (risposta chiara, richiesta evasa)',
      'en-ligne': 'Pratiche online',
    },
    levels: { 1: 'Per niente soddisfatto', 2: 'Insoddisfatto', 3: 'Abbastanza soddisfatto', 4: 'Soddisfatto', 5: 'Molto soddisfatto', nc: 'Non pertinente' },
  },
  comment: {
    label: 'Un commento? (facoltativo)',
    warning: 'Non indichi nomi, indirizzi, numeri di telefono né altri dati personali.',
  },
  next: 'Continua',
  submit: 'Invia la mia opinione',
  thanks: {
    title: 'Grazie per la sua opinione!',
    sent: 'La sua risposta è stata registrata.',
    queued: 'La sua risposta sarà inviata appena la connessione tornerà disponibile.',
    results: 'Vedi i risultati pubblicati (in francese)',
  },
  status: { recorded: 'Risposta registrata.', queued: 'Nessuna connessione: la sua risposta è conservata e sarà inviata più tardi.' },
  refused: 'Non è stato possibile registrare la sua risposta: questo questionario non è configurato correttamente su questo sito.',
  misconfigured: 'Questo questionario non è configurato correttamente (attributo «{{attribute}}»).',
  button: { open: 'Dica la sua', close: 'Chiudi' },
  kiosk: {
    next: 'Nuova risposta',
    reset: 'Il questionario si azzera tra qualche secondo per la persona successiva.',
    attract: 'Il suo parere aiuta a migliorare l’accoglienza. Tocchi una risposta per iniziare: è anonimo.',
  },
};

export default strings;
