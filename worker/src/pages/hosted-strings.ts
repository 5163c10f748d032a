/**
 * The hosted survey page's own words, in each language the survey speaks (survey/languages.ts):
 * the widget translates the survey, this the page around it, so a citizen reads one language from
 * the title to the footer. The territory is « votre collectivité », never narrowed to a town.
 * @module
 */
import type { SurveyLanguage } from '../../../survey/languages.js';

export interface HostedStrings {
  title: (name: string) => string;
  lead: string;
  footer: string;
  /** The language switcher's name. */
  languages: string;
  legal: string;
  privacy: string;
  accessibility: string;
  results: (name: string) => string;
  description: (name: string) => string;
  /** The alternative text of the territory's logo, shown beside its name when it uploaded one. */
  logo: (name: string) => string;
  /** Said where the page links to pages written in French only (legal pages, results); empty in French. */
  inFrench: string;
}

export const HOSTED_STRINGS: Readonly<Record<SurveyLanguage, HostedStrings>> = {
  fr: {
    title: (name) => `Votre avis — ${name}`,
    lead: 'Donnez votre avis sur l’accueil de nos services publics\u202f: c’est anonyme.',
    footer: 'Baromètre citoyen — questionnaire anonyme, sans cookie.',
    languages: 'Langue',
    legal: 'Mentions légales',
    privacy: 'Données personnelles',
    accessibility: 'Accessibilité\u202f: non conforme',
    results: (name) => `Les résultats de ${name}`,
    description: (name) => `Donnez votre avis sur l’accueil des services publics de ${name}\u202f: questionnaire anonyme du Baromètre citoyen.`,
    logo: (name) => `Logo de ${name}`,
    inFrench: '',
  },
  'fr-falc': {
    title: (name) => `Votre avis — ${name}`,
    lead: 'Dites-nous comment se passe l’accueil dans nos services publics. Votre réponse est anonyme.',
    footer: 'Baromètre citoyen — questionnaire sans nom, sans cookie.',
    languages: 'Langue',
    legal: 'Mentions légales',
    privacy: 'Vos données',
    accessibility: 'Accessibilité\u202f: non conforme',
    results: (name) => `Les résultats de ${name}`,
    description: (name) => `Dites comment se passe l’accueil dans les services publics de ${name}.`,
    logo: (name) => `Logo de ${name}`,
    inFrench: '',
  },
  en: {
    title: (name) => `Your opinion — ${name}`,
    lead: 'Tell us how you were welcomed by our public services: it is anonymous.',
    footer: 'Baromètre citoyen — anonymous survey, no cookies.',
    languages: 'Language',
    legal: 'Legal notice',
    privacy: 'Personal data',
    accessibility: 'Accessibility: not compliant',
    results: (name) => `Results for ${name}`,
    description: (name) => `Tell ${name} how its public services welcomed you: the Baromètre citoyen's anonymous survey.`,
    logo: (name) => `${name} logo`,
    inFrench: 'The legal pages and the results are in French.',
  },
  es: {
    title: (name) => `Su opinión — ${name}`,
    lead: 'Díganos cómo le atendieron nuestros servicios públicos: es anónimo.',
    footer: 'Baromètre citoyen — cuestionario anónimo, sin cookies.',
    languages: 'Idioma',
    legal: 'Aviso legal',
    privacy: 'Datos personales',
    accessibility: 'Accesibilidad: no conforme',
    results: (name) => `Los resultados de ${name}`,
    description: (name) => `Diga cómo le atendieron los servicios públicos de ${name}: cuestionario anónimo del Baromètre citoyen.`,
    logo: (name) => `Logotipo de ${name}`,
    inFrench: 'Las páginas legales y los resultados están en francés.',
  },
  de: {
    title: (name) => `Ihre Meinung — ${name}`,
    lead: 'Sagen Sie uns, wie Sie in unseren öffentlichen Einrichtungen empfangen wurden: anonym.',
    footer: 'Baromètre citoyen — anonymer Fragebogen, ohne Cookies.',
    languages: 'Sprache',
    legal: 'Impressum',
    privacy: 'Personenbezogene Daten',
    accessibility: 'Barrierefreiheit: nicht konform',
    results: (name) => `Die Ergebnisse von ${name}`,
    description: (name) => `Sagen Sie, wie Sie in den öffentlichen Einrichtungen von ${name} empfangen wurden: anonymer Fragebogen des Baromètre citoyen.`,
    logo: (name) => `Logo von ${name}`,
    inFrench: 'Die rechtlichen Hinweise und die Ergebnisse sind auf Französisch.',
  },
  it: {
    title: (name) => `La sua opinione — ${name}`,
    lead: 'Ci dica come è stato accolto dai nostri servizi pubblici: è anonimo.',
    footer: 'Baromètre citoyen — questionario anonimo, senza cookie.',
    languages: 'Lingua',
    legal: 'Note legali',
    privacy: 'Dati personali',
    accessibility: 'Accessibilità: non conforme',
    results: (name) => `I risultati di ${name}`,
    description: (name) => `Dica come l’hanno accolta i servizi pubblici di ${name}: questionario anonimo del Baromètre citoyen.`,
    logo: (name) => `Logo di ${name}`,
    inFrench: 'Le note legali e i risultati sono in francese.',
  },
  pt: {
    title: (name) => `A sua opinião — ${name}`,
    lead: 'Diga-nos como foi atendido pelos nossos serviços públicos: é anónimo.',
    footer: 'Baromètre citoyen — questionário anónimo, sem cookies.',
    languages: 'Língua',
    legal: 'Informação legal',
    privacy: 'Dados pessoais',
    accessibility: 'Acessibilidade: não conforme',
    results: (name) => `Os resultados de ${name}`,
    description: (name) => `Diga como foi atendido pelos serviços públicos de ${name}: questionário anónimo do Baromètre citoyen.`,
    logo: (name) => `Logótipo de ${name}`,
    inFrench: 'As páginas legais e os resultados estão em francês.',
  },
  ar: {
    title: (name) => `رأيك — ${name}`,
    lead: 'أخبرنا كيف استقبلتك مصالحنا العمومية: الاستبيان مجهول الهوية.',
    footer: 'Baromètre citoyen — استبيان مجهول الهوية، دون ملفات تعريف الارتباط.',
    languages: 'اللغة',
    legal: 'البيانات القانونية',
    privacy: 'البيانات الشخصية',
    accessibility: 'إمكانية الوصول: غير مطابق',
    results: (name) => `نتائج ${name}`,
    description: (name) => `أخبر ${name} كيف استقبلتك مصالحها العمومية: استبيان Baromètre citoyen المجهول الهوية.`,
    logo: (name) => `شعار ${name}`,
    inFrench: 'الصفحات القانونية والنتائج باللغة الفرنسية.',
  },
};
