/**
 * French stop words for the comment themes (ledger/comment-terms.ts): articles, pronouns,
 * prepositions, conjunctions, the forms of être, avoir, faire and pouvoir, and the adverbs that say
 * nothing of a theme. Comments come in all eight survey languages, but most are French: this list
 * is French only, and a word of another language is simply counted as a word. Written here rather
 * than taken from a package: the comprehensive lists (stopwords-fr, ~690 words) also drop words that
 * are themes in a public service's comments (« attendu », « personne », « suffisant »), and words
 * shorter than 3 letters are dropped anyway. Without elided articles (« l' », « d' »): the tokenizer
 * strips them first.
 * @module
 */
const WORDS = `
aux avec ces cet cette ceux celle celles celui chez comme dans des donc dont elle elles entre
est été être etre eux les leur leurs lui mais mes même mêmes moi mon nos notre nous par pas
pour que quel quelle quelles quels qui quoi sans ses son sont sous sur ton tes toi tous tout toute
toutes très trop une vos votre vous ils ceci cela ça car puis ainsi alors aussi avant après
apres depuis pendant vers voici voilà plus moins peu beaucoup bien encore déjà jamais toujours
rien aucun aucune autre autres chaque quand comment pourquoi où lorsque puisque parce quoique
non oui ici là-bas au-delà peut-être c'est-à-dire aujourd'hui
avoir ai as avons avez ont avait avais avaient aurait auraient aura eu eue eus
suis es sommes êtes étais était étaient serait seraient sera serai fut soit sont
fait faire fais faisait font ferait
peut peux pouvez pouvons peuvent pourrait pourraient pu
dois doit devez devons doivent devrait
va vais vont aller allé
faut fallait faudrait
cest c'est qu'il qu'elle quil
tres ca
`;

export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word !== ''));
