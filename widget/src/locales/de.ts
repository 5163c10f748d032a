/** German. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'Ihre Meinung zu diesem öffentlichen Dienst',
  intro: 'Zwei Minuten, anonym: Ihre Antworten helfen Ihrer Gemeinde, ihren Service zu verbessern.',
  overall: { question: 'Wie ist es insgesamt gelaufen?', levels: { 'pas-bien': 'Nicht gut', moyen: 'Mittelmäßig', 'tres-bien': 'Sehr gut' } },
  service: {
    label: 'Welchen Dienst haben Sie kontaktiert?',
    rated: 'Bewerteter Dienst:',
    choose: 'Dienst auswählen',
    required: 'Wählen Sie zuerst den betreffenden Dienst.',
    options: {
      mairie: 'Rathaus',
      'etat-civil': 'Standesamt',
      ccas: 'CCAS (Sozialamt)',
      bibliotheque: 'Bibliothek, Mediathek',
      ecole: 'Schule, Nachmittagsbetreuung',
      'petite-enfance': 'Kleinkindbetreuung',
      transport: 'Verkehr',
      dechets: 'Abfall, Stadtreinigung',
      urbanisme: 'Stadtplanung, Bauamt',
      'police-municipale': 'Gemeindepolizei',
      sport: 'Sportanlagen',
      culture: 'Kultur',
      'site-internet': 'Website',
      autre: 'Anderer Dienst',
    },
  },
  channel: {
    label: 'Wie haben Sie ihn kontaktiert?',
    choose: 'Auswählen (freiwillig)',
    options: { guichet: 'Am Schalter', telephone: 'Telefonisch', courriel: 'Per E-Mail', courrier: 'Per Post', 'en-ligne': 'Online', autre: 'Anders' },
  },
  criteria: {
    intro: 'Danke! Ihre Antwort ist gespeichert. Wenn Sie möchten, bewerten Sie jeden Punkt (freiwillig).',
    scale: 'Von 1 (sehr unzufrieden) bis 5 (sehr zufrieden).',
    labels: {
      accessibilite: 'Erreichbarkeit (Öffnungszeiten, Ort, Telefon)',
      accueil: 'Empfang und Freundlichkeit',
      attente: 'Wartezeit',
      efficacite: 'Wirksamkeit (klare Antwort, Anliegen erledigt)',
      'en-ligne': 'Online-Verfahren',
    },
    levels: { 1: 'Sehr unzufrieden', 2: 'Unzufrieden', 3: 'Teils zufrieden', 4: 'Zufrieden', 5: 'Sehr zufrieden', nc: 'Nicht zutreffend' },
  },
  comment: {
    label: 'Ein Kommentar? (freiwillig)',
    warning: 'Geben Sie keine Namen, Adressen, Telefonnummern oder andere persönliche Daten an.',
  },
  next: 'Weiter',
  submit: 'Meine Meinung senden',
  thanks: {
    title: 'Vielen Dank für Ihre Meinung!',
    sent: 'Ihre Antwort wurde gespeichert.',
    queued: 'Ihre Antwort wird gesendet, sobald die Verbindung wieder besteht.',
    results: 'Veröffentlichte Ergebnisse ansehen (auf Französisch)',
  },
  status: { recorded: 'Antwort gespeichert.', queued: 'Keine Verbindung: Ihre Antwort wird aufbewahrt und später gesendet.' },
  refused: 'Ihre Antwort konnte nicht gespeichert werden: Dieser Fragebogen ist auf dieser Website falsch eingerichtet.',
  misconfigured: 'Dieser Fragebogen ist falsch eingerichtet (Attribut „{{attribute}}“).',
  button: { open: 'Ihre Meinung', close: 'Schließen' },
  kiosk: {
    next: 'Neue Antwort',
    reset: 'Der Fragebogen wird in wenigen Sekunden für die nächste Person zurückgesetzt.',
    attract: 'Ihre Meinung hilft, den Empfang zu verbessern. Tippen Sie auf eine Antwort, um zu beginnen – anonym.',
  },
};

export default strings;
