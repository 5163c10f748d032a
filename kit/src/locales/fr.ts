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
    print: 'Impression : les PDF sont au format exact (A4, A3, A5), polices incorporées, sans fonds perdus ; imprimez à 100 %.',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Bulletin municipal' },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type KitStrings = Strings<typeof fr>;
