/**
 * The kit's easy-to-read French strings (FALC, i18next namespace `kit`): one idea per sentence,
 * short sentences, common words, the present tense, the reader addressed as « vous », no gendered
 * participle about the reader (« accueilli », « venu »). French typography (U+202F before ? ! : ;).
 */
import type { KitStrings } from './fr.js';

export const frFalc: KitStrings = {
  brand: 'Baromètre citoyen',
  headline: 'Votre avis compte\u202f!',
  question: 'Comment se passe l’accueil dans nos services publics\u202f?',
  /** The survey's own button (widget/src/locales/fr-falc.ts `button.open`); kit/src/i18n.test.ts keeps them equal. */
  openSurvey: 'Donnez votre avis',
  action: 'Répondez en 2 minutes',
  scan: 'Scannez le code avec votre téléphone. Ou allez sur',
  promise: 'Anonyme · Pas de compte à créer · Pas de cookie',
  screen: {
    tap: 'Touchez ici pour répondre',
    click: 'Cliquez ici pour donner votre avis',
    address: 'Répondez sur',
    alt: '{{asset}} du Baromètre citoyen pour {{name}}\u202f: «\u202fVotre avis compte\u202f! Comment se passe l’accueil dans nos services publics\u202f?\u202f». Le questionnaire est à l’adresse {{url}}.',
    linkAlt:
      'Donnez votre avis sur l’accueil dans les services publics de {{name}}. C’est le Baromètre citoyen. Cela prend 2 minutes. Votre réponse est anonyme.',
    snippetHelp:
      'Voici un code HTML. Collez-le dans votre site internet ou dans votre signature de courriel. Le lien compte les clics sur ce support. D’abord, mettez sur internet l’image {{image}}. Elle est dans le fichier ZIP. Ensuite, dans le code, remplacez «\u202f{{image}}\u202f» par l’adresse complète de l’image. L’image 2× reste à la taille {{width}} × {{height}} pixels. Elle est nette sur les écrans de téléphone.',
  },
  flyer: {
    asked: 'Les questions',
    overall: 'Une question\u202f: «\u202fComment ça s’est passé\u202f?\u202f» Vous répondez\u202f: pas bien, moyen ou très bien.',
    criteriaIntro: 'Ensuite, vous pouvez donner une note de 1 à 5 pour 5 points. Ce n’est pas obligatoire.',
    criteria: {
      accessibilite: 'Trouver le service\u202f: horaires, lieu, téléphone',
      accueil: 'Politesse et gentillesse',
      attente: 'Temps d’attente',
      efficacite: 'La réponse à votre demande',
      'en-ligne': 'Faire une demande sur internet',
    },
    why: 'Pourquoi répondre\u202f?',
    whyText:
      'Vos réponses disent à {{name}} ce qui va bien. Elles disent aussi ce qui doit changer. Vos réponses aident à mieux vous accueillir dans les services publics.',
    anonymous: 'Anonyme',
    anonymousText:
      'Anonyme veut dire\u202f: on ne sait pas qui vous êtes. Vous ne donnez pas votre nom. Vous ne créez pas de compte. Il n’y a pas de cookie. Vous pouvez écrire un commentaire. Nous cachons les adresses e-mail et les numéros de téléphone dans les commentaires.',
    results: 'Les résultats',
    resultsText:
      'Nous publions les résultats chaque mois sur internet. Nous les comparons avec le département et avec toute la France. Les résultats sont ici\u202f:',
    answer: 'Répondez en 2 minutes\u202f: {{url}}',
  },
  alt: '{{asset}} du Baromètre citoyen pour {{name}}\u202f: «\u202fVotre avis compte\u202f! Comment se passe l’accueil dans nos services publics\u202f?\u202f». Un code QR ouvre le questionnaire. Le questionnaire est aussi à l’adresse {{url}}.',
  posts: {
    facebook:
      '📣 {{name}} veut connaître votre avis\u202f! Mairie, accueil, services\u202f: comment se passe l’accueil\u202f? Donnez votre avis. Cela prend 2 minutes. Votre réponse est anonyme\u202f: {{url}}',
    linkedin:
      '{{name}} participe au Baromètre citoyen. Le Baromètre citoyen mesure l’accueil dans les services publics de toute la France. Vous utilisez nos services\u202f? Vous êtes un partenaire ou un agent\u202f? Votre avis nous aide à faire mieux. Le questionnaire prend 2 minutes. Votre réponse est anonyme\u202f: {{url}}',
    x: 'Comment se passe l’accueil dans les services de {{name}}\u202f? Répondez en 2 minutes. Votre réponse est anonyme\u202f: {{url}} #BaromètreCitoyen',
    instagram:
      'Votre avis compte\u202f! 🗳️ Dites-nous comment se passe l’accueil dans les services de {{name}}. Cela prend 2 minutes. Votre réponse est anonyme. Le lien est dans la bio ({{url}}). #BaromètreCitoyen #ServicePublic',
    bulletin:
      'Baromètre citoyen\u202f: votre avis compte\n\n{{name}} participe au Baromètre citoyen. Le Baromètre citoyen mesure la qualité de l’accueil dans les services publics. Il y a 5 points. Trouver le service. La politesse. Le temps d’attente. La réponse à votre demande. Faire une demande sur internet. Vous avez eu besoin de la mairie ou de la médiathèque\u202f? Vous avez appelé un service\u202f? Dites-nous comment se passe l’accueil. Le questionnaire prend 2 minutes. Votre réponse est anonyme. Vous ne créez pas de compte. Le questionnaire est ici\u202f: {{url}}. Nous publions les résultats chaque mois. Nous les comparons avec le département et avec toute la France.',
  },
  readme: {
    title: 'Kit de communication — {{name}}',
    intro:
      'Ce kit sert à faire connaître le questionnaire du Baromètre citoyen. Chaque support imprimé a son propre code QR. Les supports pour les écrans montrent l’adresse en grand. Ce sont les bannières, les images pour les réseaux sociaux, la story et la signature de courriel. Les bannières et la signature ont aussi un code HTML à coller. Le tableau de bord vous montre quel support apporte des réponses.',
    files: 'Les fichiers',
    posts: 'Les textes à publier',
    alts: 'Les textes qui décrivent les images. Copiez-les dans la case «\u202ftexte alternatif\u202f» de votre site ou de votre réseau social.',
    snippets: 'Les codes HTML des bannières et de la signature',
    snippetsIntro:
      'Chaque fichier `.html` contient un lien. Ce lien va autour de l’image. Il ouvre le questionnaire. Il compte les clics sur ce support. D’abord, mettez l’image `@2x` sur internet. Par exemple dans les images de votre site, ou dans votre logiciel de courriel. Ensuite, dans le code, remplacez le nom de l’image par son adresse complète. Les réglages width et height gardent la bonne taille de l’image. L’image reste nette sur les écrans de téléphone.',
    screens:
      'Les écrans\u202f: chaque image existe aussi en plus grand (`@2x.png`). Elle est plus nette sur les téléphones. Dans la story, le texte reste loin des zones cachées par Instagram et TikTok.',
    print:
      'L’impression\u202f: chaque fichier PDF est au format A4, A3 ou A5. Les bandes de couleur dépassent de 3\u00a0millimètres de chaque côté. Cette partie est coupée après l’impression. Les textes et le code QR restent loin du bord. Les polices sont dans le fichier. Le flyer A5 s’imprime des deux côtés (2 pages). {{marks}} Imprimez à 100\u202f%. Ne changez pas la taille pour la page.',
    printMarks: {
      with: 'Il y a des traits de coupe aux quatre coins.',
      without: 'Il n’y a pas de traits de coupe. Pour les avoir, cochez la case «\u202fTraits de coupe\u202f» sur la page du kit (ou option --crop-marks).',
    },
  },
  results: {
    kicker: 'Baromètre citoyen — vos résultats',
    headline: 'Vous nous donnez la note de {{score}}/10. Merci\u202f!',
    detail: '{{answers}} avis {{period}} · {{percent}} des personnes sont contentes',
    best: 'La meilleure note\u202f: {{criterion}} ({{score}}/10)',
    again: 'Continuez à donner votre avis\u202f:',
    alt: '{{asset}} de {{name}}\u202f: «\u202f{{headline}}\u202f»',
  },
  networks: { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X (Twitter)', instagram: 'Instagram', bulletin: 'Journal de votre collectivité' },
};
