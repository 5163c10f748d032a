/** The kit's Italian strings (i18next namespace `kit`): « Lei », as the survey speaks. */
import type { KitStrings } from './fr.js';

export const it: KitStrings = {
  brand: 'Barometro civico',
  headline: 'La sua opinione conta!',
  question: 'Come è stato accolto nei nostri servizi pubblici?',
  /** The survey's own button (widget/src/locales/it.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Dica la sua',
  action: 'Risponda in 2 minuti',
  scan: 'Scansioni il codice o vada su',
  promise: 'Anonimo · senza registrazione · senza cookie',
  screen: {
    tap: 'Tocchi per rispondere',
    click: 'Clicchi per dire la sua',
    address: 'Risponda su',
    alt: '{{asset}} del Barometro civico per {{name}}: «La sua opinione conta! Come è stato accolto nei nostri servizi pubblici?». Il questionario è all’indirizzo {{url}}.',
    linkAlt: 'Dica la sua sull’accoglienza nei servizi pubblici di {{name}} (Barometro civico, 2 minuti, anonimo)',
    snippetHelp:
      'Codice HTML da incollare nel suo sito o nella sua firma: il link conta i clic di questo supporto. Carichi prima online l’immagine {{image}} (nello ZIP), poi sostituisca «{{image}}» nel codice con il suo indirizzo completo. L’immagine 2× resta visualizzata a {{width}} × {{height}} px ed è nitida sugli schermi ad alta densità.',
  },
  flyer: {
    asked: 'Che cosa le chiediamo',
    overall: 'Una domanda: «Nel complesso, com’è andata?» Non bene, così così o molto bene.',
    criteriaIntro: 'Poi, se lo desidera, cinque aspetti con un voto da 1 a 5:',
    criteria: {
      accessibilite: 'Accessibilità del servizio (orari, luogo, telefono)',
      accueil: 'Accoglienza e cortesia',
      attente: 'Tempo di attesa',
      efficacite: 'Efficacia (risposta chiara, richiesta evasa)',
      'en-ligne': 'Pratiche online',
    },
    why: 'Perché?',
    whyText:
      'Le sue risposte mostrano a {{name}} che cosa funziona e che cosa deve cambiare nell’accoglienza dei suoi servizi pubblici: servono a migliorarla.',
    anonymous: 'Anonimo',
    anonymousText:
      'Niente nome, niente registrazione, niente cookie. Nei commenti, gli indirizzi e-mail e i numeri di telefono vengono oscurati prima di essere salvati.',
    results: 'I risultati',
    resultsText: 'Pubblicati ogni mese e confrontati con quelli del dipartimento e di tutta la Francia, sul cruscotto pubblico:',
    answer: 'Risponda in 2 minuti: {{url}}',
  },
  alt: '{{asset}} del Barometro civico per {{name}}: «La sua opinione conta! Come è stato accolto nei nostri servizi pubblici?». Un codice QR porta al questionario, disponibile anche all’indirizzo {{url}}.',
  posts: {
    facebook: '📣 {{name}} le dà la parola! Sportelli, accoglienza, servizi: come è stato accolto? Dica la sua in 2 minuti, in forma anonima: {{url}}',
    linkedin:
      '{{name}} partecipa al Barometro civico, la misurazione nazionale della qualità dell’accoglienza nei servizi pubblici. Utenti, partner, personale: la sua opinione ci aiuta a migliorare. Il questionario richiede 2 minuti ed è anonimo: {{url}}',
    x: 'Come è stato accolto dai servizi di {{name}}? 2 minuti, anonimo: {{url}} #BarometroCivico',
    instagram:
      'La sua opinione conta! 🗳️ Ci dica com’è andata l’accoglienza nei servizi di {{name}}. 2 minuti, anonimo, link in bio ({{url}}). #BarometroCivico #ServizioPubblico',
    bulletin:
      'Barometro civico: la sua opinione conta\n\n{{name}} partecipa al Barometro civico, che misura la qualità dell’accoglienza nei servizi pubblici (accesso, cortesia, tempo di attesa, efficacia, pratiche online). Che sia passato da uno sportello o dalla biblioteca, o che abbia telefonato a un servizio, ci dica come è stato accolto. Il questionario richiede due minuti, è anonimo e senza registrazione: {{url}}. I risultati sono pubblicati ogni mese e confrontati con quelli del dipartimento e di tutta la Francia.',
  },
  readme: {
    title: 'Kit di comunicazione — {{name}}',
    intro:
      'Questo kit contiene i materiali per far conoscere il questionario del Barometro civico. Ogni supporto stampato ha il proprio codice QR; i supporti per schermo (banner, social network, storia, firma) mostrano l’indirizzo in grande, e i banner e la firma hanno il loro codice HTML pronto da incollare: il cruscotto le dirà quale supporto ha portato risposte.',
    files: 'File',
    posts: 'Testi pronti da pubblicare',
    alts: 'Testi alternativi delle immagini (da copiare nel campo «testo alternativo» del suo sito o social network)',
    snippets: 'Codici HTML dei banner e della firma',
    snippetsIntro:
      'Ogni file `.html` contiene il link da mettere intorno all’immagine: apre il questionario e conta i clic di questo supporto. Carichi prima online l’immagine `@2x` (libreria multimediale del suo sito, o il suo programma di posta elettronica), poi sostituisca il suo nome nel codice con il suo indirizzo completo. Gli attributi width e height mantengono l’immagine alla sua dimensione, nitida sugli schermi ad alta densità.',
    screens:
      'Schermi: ogni immagine esiste anche a doppia risoluzione (`@2x.png`), più nitida sui telefoni; la storia tiene il testo fuori dalle zone coperte da Instagram e TikTok.',
    print:
      'Stampa: ogni PDF ha il formato finito A4, A3 o A5 (TrimBox), con 3 mm di abbondanza su ogni lato (BleedBox) in cui si estendono le fasce di colore; testi e codice QR restano all’interno di un margine di sicurezza; caratteri incorporati; il volantino A5 è fronte-retro (2 pagine). {{marks}} Stampi al 100%, senza adattare alla pagina.',
    printMarks: {
      with: 'Segni di taglio ai quattro angoli, fuori dall’abbondanza.',
      without: 'Senza segni di taglio (per chiederli: opzione --crop-marks, o casella «Traits de coupe» della pagina del kit).',
    },
  },
  results: {
    kicker: 'Barometro civico — i vostri risultati',
    headline: 'Ci avete dato {{score}}/10 — grazie!',
    detail: '{{answers}} opinioni, {{period}} · {{percent}} di utenti soddisfatti',
    best: 'Il più apprezzato: {{criterion}} ({{score}}/10)',
    again: 'Continuate a darci la vostra opinione:',
    alt: '{{asset}} di {{name}}: «{{headline}}»',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Notiziario locale' },
};
