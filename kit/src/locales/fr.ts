/** The kit's French strings (i18next namespace `kit`); its call to action repeats the survey's button, checked by a test. */
export const fr = {
  brand: 'Baromètre citoyen',
  headline: 'Votre avis compte !',
  question: 'Comment avez-vous été accueilli dans nos services publics ?',
  /** The survey's own button (widget/src/locales/fr.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Donnez votre avis',
  action: 'Répondez en 2 minutes',
  scan: 'Scannez le code ou rendez-vous sur',
  promise: 'Anonyme · sans inscription · sans cookie',
  /** Screen assets: no QR code (nobody scans the phone in their hand), a call to tap or click and the address. */
  screen: {
    tap: 'Touchez pour répondre',
    click: 'Cliquez pour donner votre avis',
    address: 'Répondez sur',
    alt: '{{asset}} du Baromètre citoyen pour {{name}} : « Votre avis compte ! Comment avez-vous été accueilli dans nos services publics ? ». Le questionnaire est à l’adresse {{url}}.',
    /** The alternative text of a banner inside its link: it names where the link goes. */
    linkAlt: 'Donnez votre avis sur l’accueil dans les services publics de {{name}} (Baromètre citoyen, 2 minutes, anonyme)',
    snippetHelp:
      'Code HTML à coller dans votre site ou votre signature : le lien compte les clics de ce support. Mettez d’abord en ligne l’image {{image}} (dans le ZIP), puis remplacez « {{image}} » dans le code par son adresse complète. L’image en 2× reste affichée à {{width}} × {{height}} px et sera nette sur les écrans haute densité.',
  },
  /** The back of the A5 flyer: what is asked (the survey's own words, kit/src/i18n.test.ts checks them), why, anonymity, results. */
  flyer: {
    asked: 'Ce que l’on vous demande',
    overall: 'Une question\u202f: «\u202fDe façon générale, comment ça s’est passé\u202f?\u202f» Pas bien, moyen ou très bien.',
    criteriaIntro: 'Puis, si vous le voulez, cinq points notés de 1 à 5\u202f:',
    criteria: {
      accessibilite: 'Accessibilité du service (horaires, lieu, téléphone)',
      accueil: 'Accueil et courtoisie',
      attente: 'Temps d’attente',
      efficacite: 'Efficacité (réponse claire, demande traitée)',
      'en-ligne': 'Démarches en ligne',
    },
    why: 'Pourquoi\u202f?',
    whyText:
      'Vos réponses montrent à {{name}} ce qui va bien et ce qui doit changer dans l’accueil de ses services publics\u202f: elles servent à l’améliorer.',
    anonymous: 'Anonyme',
    anonymousText:
      'Ni nom, ni inscription, ni cookie. Dans les commentaires, les adresses électroniques et les numéros de téléphone sont masqués avant d’être enregistrés.',
    results: 'Les résultats',
    resultsText: 'Publiés chaque mois et comparés à ceux du département et de la France, sur le tableau de bord public\u202f:',
    answer: 'Répondez en 2 minutes\u202f: {{url}}',
  },
  alt: '{{asset}} du Baromètre citoyen pour {{name}} : « Votre avis compte ! Comment avez-vous été accueilli dans nos services publics ? ». Un code QR mène au questionnaire, aussi à l’adresse {{url}}.',
  posts: {
    facebook:
      '📣 {{name}} vous donne la parole ! Mairie, accueil, services : comment avez-vous été reçu ? Donnez votre avis en 2 minutes, anonymement : {{url}}',
    linkedin:
      '{{name}} participe au Baromètre citoyen, la mesure nationale de la qualité de l’accueil dans les services publics. Usagers, partenaires, agents : votre avis nous aide à progresser. Le questionnaire prend 2 minutes et reste anonyme : {{url}}',
    x: 'Comment avez-vous été accueilli par les services de {{name}} ? 2 minutes, anonyme : {{url}} #BaromètreCitoyen',
    instagram:
      'Votre avis compte ! 🗳️ Dites-nous comment s’est passé votre accueil dans les services de {{name}}. 2 minutes, anonyme, lien en bio ({{url}}). #BaromètreCitoyen #ServicePublic',
    bulletin:
      'Baromètre citoyen : votre avis compte\n\n{{name}} participe au Baromètre citoyen, qui mesure la qualité de l’accueil dans les services publics (accessibilité, courtoisie, temps d’attente, efficacité, démarches en ligne). Que vous soyez venu en mairie, à la médiathèque ou que vous ayez appelé un service, dites-nous comment vous avez été reçu. Le questionnaire prend deux minutes, il est anonyme et sans inscription : {{url}}. Les résultats sont publiés chaque mois et comparés à ceux du département et du pays.',
  },
  readme: {
    title: 'Kit de communication — {{name}}',
    intro:
      'Ce kit contient les supports pour faire connaître le questionnaire du Baromètre citoyen. Chaque support imprimé a son propre code QR ; les supports pour écran (bannières, réseaux sociaux, story, signature) affichent l’adresse en grand, et les bannières et la signature ont leur code HTML prêt à coller : le tableau de bord vous dira quel support a apporté des réponses.',
    files: 'Fichiers',
    posts: 'Textes prêts à publier',
    alts: 'Textes alternatifs des images (à copier dans le champ « texte alternatif » de votre site ou réseau social)',
    snippets: 'Codes HTML des bannières et de la signature',
    snippetsIntro:
      'Chaque fichier `.html` contient le lien à coller autour de l’image : il ouvre le questionnaire et compte les clics de ce support. Mettez d’abord l’image `@2x` en ligne (médiathèque de votre site, ou votre logiciel de courriel), puis remplacez son nom dans le code par son adresse complète. Les attributs width et height gardent l’image à sa taille, nette sur les écrans haute densité.',
    screens:
      'Écrans : chaque image existe aussi en double résolution (`@2x.png`), plus nette sur les téléphones ; la story garde son texte hors des zones couvertes par Instagram et TikTok.',
    print:
      'Impression\u202f: chaque PDF a pour format fini A4, A3 ou A5 (TrimBox), avec 3\u00a0mm de fonds perdus de chaque côté (BleedBox) où débordent les bandes de couleur\u202f; textes et code QR restent à l’intérieur d’une marge de sécurité\u202f; polices incorporées\u202f; le flyer A5 est recto verso (2 pages). {{marks}} Imprimez à 100\u202f%, sans ajuster à la page.',
    printMarks: {
      with: 'Traits de coupe aux quatre coins, hors des fonds perdus.',
      without: 'Sans traits de coupe (les demander\u202f: option --crop-marks, ou case «\u202fTraits de coupe\u202f» de la page du kit).',
    },
  },
  /** The results assets (kit/src/results-figures.ts fills in the figures, written in the language's number format). */
  results: {
    kicker: 'Baromètre citoyen — vos résultats',
    headline: 'Vous nous avez donné {{score}}/10 — merci\u202f!',
    detail: '{{answers}} avis {{period}} · {{percent}} d’usagers satisfaits',
    best: 'Le mieux noté\u202f: {{criterion}} ({{score}}/10)',
    again: 'Continuez à nous donner votre avis\u202f:',
    alt: '{{asset}} de {{name}}\u202f: « {{headline}} »',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Bulletin municipal' },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type KitStrings = Strings<typeof fr>;
