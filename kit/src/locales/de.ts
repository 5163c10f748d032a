/** The kit's German strings (i18next namespace `kit`): « Sie », as the survey speaks. */
import type { KitStrings } from './fr.js';

export const de: KitStrings = {
  brand: 'Bürgerbarometer',
  headline: 'Ihre Meinung zählt!',
  question: 'Wie wurden Sie in unseren öffentlichen Einrichtungen empfangen?',
  /** The survey's own button (widget/src/locales/de.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Meinung abgeben',
  action: 'Antworten Sie in 2 Minuten',
  scan: 'Scannen Sie den Code oder besuchen Sie',
  promise: 'Anonym · ohne Anmeldung · ohne Cookies',
  screen: {
    tap: 'Tippen Sie, um zu antworten',
    click: 'Klicken Sie, um Ihre Meinung zu sagen',
    address: 'Antworten Sie unter',
    alt: '{{asset}} des Bürgerbarometers für {{name}}: „Ihre Meinung zählt! Wie wurden Sie in unseren öffentlichen Einrichtungen empfangen?“ Der Fragebogen ist unter {{url}} zu finden.',
    linkAlt: 'Sagen Sie Ihre Meinung zum Empfang in den öffentlichen Einrichtungen von {{name}} (Bürgerbarometer, 2 Minuten, anonym)',
    snippetHelp:
      'HTML-Code zum Einfügen in Ihre Website oder Ihre Signatur: Der Link zählt die Klicks auf dieses Medium. Laden Sie zuerst das Bild {{image}} (im ZIP) hoch und ersetzen Sie dann „{{image}}“ im Code durch seine vollständige Adresse. Das 2×-Bild wird weiterhin mit {{width}} × {{height}} px angezeigt und bleibt auf hochauflösenden Bildschirmen scharf.',
  },
  flyer: {
    asked: 'Was wir Sie fragen',
    overall: 'Eine Frage: „Wie ist es insgesamt gelaufen?“ Nicht gut, mittelmäßig oder sehr gut.',
    criteriaIntro: 'Danach, wenn Sie möchten, fünf Punkte mit Noten von 1 bis 5:',
    criteria: {
      accessibilite: 'Erreichbarkeit (Öffnungszeiten, Ort, Telefon)',
      accueil: 'Empfang und Freundlichkeit',
      attente: 'Wartezeit',
      efficacite: 'Wirksamkeit (klare Antwort, Anliegen erledigt)',
      'en-ligne': 'Online-Verfahren',
    },
    why: 'Warum?',
    whyText:
      'Ihre Antworten zeigen {{name}}, was gut läuft und was sich beim Empfang in den öffentlichen Einrichtungen ändern muss: Sie helfen, ihn zu verbessern.',
    anonymous: 'Anonym',
    anonymousText: 'Kein Name, keine Anmeldung, keine Cookies. In Kommentaren werden E-Mail-Adressen und Telefonnummern vor dem Speichern unkenntlich gemacht.',
    results: 'Die Ergebnisse',
    resultsText: 'Jeden Monat veröffentlicht und mit dem Département und ganz Frankreich verglichen, auf dem öffentlichen Dashboard:',
    answer: 'Antworten Sie in 2 Minuten: {{url}}',
  },
  alt: '{{asset}} des Bürgerbarometers für {{name}}: „Ihre Meinung zählt! Wie wurden Sie in unseren öffentlichen Einrichtungen empfangen?“ Ein QR-Code führt zum Fragebogen, der auch unter {{url}} zu finden ist.',
  posts: {
    facebook:
      '📣 {{name}} möchte Ihre Meinung hören! Bürgerbüro, Empfang, Ämter: Wie wurden Sie empfangen? Sagen Sie uns Ihre Meinung, in 2 Minuten und anonym: {{url}}',
    linkedin:
      '{{name}} nimmt am Bürgerbarometer teil, der landesweiten Messung der Empfangsqualität in öffentlichen Einrichtungen. Nutzerinnen und Nutzer, Partner, Beschäftigte: Ihre Meinung hilft uns, besser zu werden. Der Fragebogen dauert 2 Minuten und ist anonym: {{url}}',
    x: 'Wie wurden Sie von den Stellen von {{name}} empfangen? 2 Minuten, anonym: {{url}} #Bürgerbarometer',
    instagram:
      'Ihre Meinung zählt! 🗳️ Sagen Sie uns, wie Sie in den Einrichtungen von {{name}} empfangen wurden. 2 Minuten, anonym, Link in der Bio ({{url}}). #Bürgerbarometer #ÖffentlicheEinrichtungen',
    bulletin:
      'Bürgerbarometer: Ihre Meinung zählt\n\n{{name}} nimmt am Bürgerbarometer teil, das die Qualität des Empfangs in öffentlichen Einrichtungen misst (Erreichbarkeit, Freundlichkeit, Wartezeit, Wirksamkeit, Online-Verfahren). Ob Sie im Bürgerbüro oder in der Bibliothek waren oder eine Stelle angerufen haben: Sagen Sie uns, wie Sie empfangen wurden. Der Fragebogen dauert zwei Minuten, ist anonym und ohne Anmeldung: {{url}}. Die Ergebnisse werden jeden Monat veröffentlicht und mit dem Département und ganz Frankreich verglichen.',
  },
  readme: {
    title: 'Kommunikationspaket — {{name}}',
    intro:
      'Dieses Paket enthält die Materialien, mit denen Sie den Fragebogen des Bürgerbarometers bekannt machen. Jedes gedruckte Medium hat seinen eigenen QR-Code; die Bildschirmmedien (Banner, soziale Netzwerke, Story, Signatur) zeigen die Adresse in großer Schrift, und Banner und Signatur haben ihren HTML-Code zum Einfügen: Das Dashboard zeigt Ihnen, welches Medium Antworten gebracht hat.',
    files: 'Dateien',
    posts: 'Texte zum Veröffentlichen',
    alts: 'Alternativtexte der Bilder (in das Feld „Alternativtext“ Ihrer Website oder Ihres sozialen Netzwerks kopieren)',
    snippets: 'HTML-Code der Banner und der Signatur',
    snippetsIntro:
      'Jede `.html`-Datei enthält den Link, der um das Bild gelegt wird: Er öffnet den Fragebogen und zählt die Klicks auf dieses Medium. Laden Sie zuerst das `@2x`-Bild hoch (Mediathek Ihrer Website oder Ihr E-Mail-Programm) und ersetzen Sie dann seinen Namen im Code durch seine vollständige Adresse. Die Attribute width und height halten das Bild in seiner Größe, scharf auf hochauflösenden Bildschirmen.',
    screens:
      'Bildschirme: Jedes Bild gibt es auch in doppelter Auflösung (`@2x.png`), schärfer auf Smartphones; die Story hält ihren Text aus den Bereichen heraus, die Instagram und TikTok verdecken.',
    print:
      'Druck: Jedes PDF hat das Endformat A4, A3 oder A5 (TrimBox), mit 3 mm Beschnitt auf jeder Seite (BleedBox), in den die Farbbänder hineinlaufen; Texte und QR-Code bleiben innerhalb eines Sicherheitsrands; Schriften eingebettet; der A5-Flyer ist beidseitig (2 Seiten). {{marks}} Drucken Sie mit 100 %, ohne Anpassung an die Seite.',
    printMarks: {
      with: 'Schnittmarken an den vier Ecken, außerhalb des Beschnitts.',
      without: 'Ohne Schnittmarken (anfordern: Option --crop-marks oder Kästchen „Traits de coupe“ auf der Seite des Pakets).',
    },
  },
  results: {
    kicker: 'Bürgerbarometer — Ihre Ergebnisse',
    headline: 'Sie haben uns {{score}}/10 gegeben — danke!',
    detail: '{{answers}} Meinungen, {{period}} · {{percent}} zufriedene Nutzerinnen und Nutzer',
    best: 'Am besten bewertet: {{criterion}} ({{score}}/10)',
    again: 'Sagen Sie uns weiter Ihre Meinung:',
    alt: '{{asset}} von {{name}}: „{{headline}}“',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Mitteilungsblatt' },
};
