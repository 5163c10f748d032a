/**
 * Where answers come from: the embedding site, a QR scan, a kiosk, or one asset of the
 * communication kit. The kit's assets are listed here, in the contract, because their ids are the
 * `source` of the answers they bring, and the results and CSV exports name them in French.
 * @module
 */
import type { SurveyLanguage } from './languages.js';

/**
 * `png@2x` is the same picture at twice the pixel size (for high-density screens), written
 * `<id>@2x.png`; `html` is the ready-to-paste link around a banner or signature (`<id>.html`).
 */
export type KitFormat = 'pdf' | 'png' | 'png@2x' | 'svg' | 'html';

/** A kit file's name: `affiche-a4.pdf`, `story-1080x1920@2x.png`, `banniere-728x90.html`. */
export const kitFileName = (id: string, format: KitFormat): string => (format === 'png@2x' ? `${id}@2x.png` : `${id}.${format}`);

export interface KitAsset {
  /**
   * Also the `source` of the answers this asset brings: `?src=` of a print asset's QR code, or of
   * the link of a banner's or signature's HTML snippet (screen assets carry no QR code).
   */
  id: string;
  /**
   * The asset's code in its short address (`/b/besancon/a4`, survey/short-address.ts): a few
   * lowercase letters and digits a person can type from the print; the redirect turns it back into
   * `id` as the answer's source. Never changed once printed.
   */
  short: string;
  /** Posters and flyer are printed (QR code); cards are shown on screens (address and a call to tap or click). */
  family: 'poster' | 'card';
  width: number;
  height: number;
  unit: 'mm' | 'px';
  formats: readonly KitFormat[];
  /** Its name in every language of the survey (a missing language fails the typecheck). */
  label: Readonly<Record<SurveyLanguage, string>>;
}

export const KIT_ASSETS: readonly KitAsset[] = [
  {
    id: 'affiche-a4',
    short: 'a4',
    family: 'poster',
    width: 210,
    height: 297,
    unit: 'mm',
    formats: ['pdf', 'png'],
    label: {
      fr: 'Affiche A4',
      en: 'A4 poster',
      es: 'Cartel A4',
      de: 'Plakat A4',
      it: 'Locandina A4',
      pt: 'Cartaz A4',
      ar: 'ملصق A4',
      'fr-falc': 'Affiche A4',
    },
  },
  {
    id: 'affiche-a3',
    short: 'a3',
    family: 'poster',
    width: 297,
    height: 420,
    unit: 'mm',
    formats: ['pdf', 'png'],
    label: {
      fr: 'Affiche A3',
      en: 'A3 poster',
      es: 'Cartel A3',
      de: 'Plakat A3',
      it: 'Locandina A3',
      pt: 'Cartaz A3',
      ar: 'ملصق A3',
      'fr-falc': 'Affiche A3',
    },
  },
  {
    id: 'flyer-a5',
    short: 'a5',
    family: 'poster',
    width: 148,
    height: 210,
    unit: 'mm',
    formats: ['pdf'],
    label: {
      fr: 'Flyer A5',
      en: 'A5 flyer',
      es: 'Folleto A5',
      de: 'Flyer A5',
      it: 'Volantino A5',
      pt: 'Folheto A5',
      ar: 'مطوية A5',
      'fr-falc': 'Petite feuille A5',
    },
  },
  {
    id: 'banniere-728x90',
    short: 'b728',
    family: 'card',
    width: 728,
    height: 90,
    unit: 'px',
    formats: ['png', 'png@2x', 'svg', 'html'],
    label: {
      fr: 'Bannière web 728 × 90',
      en: 'Web banner 728 × 90',
      es: 'Banner web 728 × 90',
      de: 'Webbanner 728 × 90',
      it: 'Banner web 728 × 90',
      pt: 'Banner web 728 × 90',
      ar: 'لافتة ويب 728 × 90',
      'fr-falc': 'Bannière pour site internet 728 × 90',
    },
  },
  {
    id: 'banniere-300x250',
    short: 'b300',
    family: 'card',
    width: 300,
    height: 250,
    unit: 'px',
    formats: ['png', 'png@2x', 'svg', 'html'],
    label: {
      fr: 'Bannière web 300 × 250',
      en: 'Web banner 300 × 250',
      es: 'Banner web 300 × 250',
      de: 'Webbanner 300 × 250',
      it: 'Banner web 300 × 250',
      pt: 'Banner web 300 × 250',
      ar: 'لافتة ويب 300 × 250',
      'fr-falc': 'Bannière pour site internet 300 × 250',
    },
  },
  {
    id: 'banniere-320x100',
    short: 'b320',
    family: 'card',
    width: 320,
    height: 100,
    unit: 'px',
    formats: ['png', 'png@2x', 'svg', 'html'],
    label: {
      fr: 'Bannière web 320 × 100',
      en: 'Web banner 320 × 100',
      es: 'Banner web 320 × 100',
      de: 'Webbanner 320 × 100',
      it: 'Banner web 320 × 100',
      pt: 'Banner web 320 × 100',
      ar: 'لافتة ويب 320 × 100',
      'fr-falc': 'Bannière pour site internet 320 × 100',
    },
  },
  {
    id: 'banniere-160x600',
    short: 'b160',
    family: 'card',
    width: 160,
    height: 600,
    unit: 'px',
    formats: ['png', 'png@2x', 'svg', 'html'],
    label: {
      fr: 'Bannière web 160 × 600',
      en: 'Web banner 160 × 600',
      es: 'Banner web 160 × 600',
      de: 'Webbanner 160 × 600',
      it: 'Banner web 160 × 600',
      pt: 'Banner web 160 × 600',
      ar: 'لافتة ويب 160 × 600',
      'fr-falc': 'Bannière pour site internet 160 × 600',
    },
  },
  {
    id: 'social-1200x630',
    short: 's1200',
    family: 'card',
    width: 1200,
    height: 630,
    unit: 'px',
    formats: ['png', 'png@2x'],
    label: {
      fr: 'Image de partage 1200 × 630',
      en: 'Link preview 1200 × 630',
      es: 'Imagen para compartir 1200 × 630',
      de: 'Vorschaubild 1200 × 630',
      it: 'Immagine di condivisione 1200 × 630',
      pt: 'Imagem de partilha 1200 × 630',
      ar: 'صورة المشاركة 1200 × 630',
      'fr-falc': 'Image pour partager un lien 1200 × 630',
    },
  },
  {
    id: 'social-1080x1080',
    short: 's1080',
    family: 'card',
    width: 1080,
    height: 1080,
    unit: 'px',
    formats: ['png', 'png@2x'],
    label: {
      fr: 'Publication carrée 1080 × 1080',
      en: 'Square post 1080 × 1080',
      es: 'Publicación cuadrada 1080 × 1080',
      de: 'Quadratischer Beitrag 1080 × 1080',
      it: 'Post quadrato 1080 × 1080',
      pt: 'Publicação quadrada 1080 × 1080',
      ar: 'منشور مربع 1080 × 1080',
      'fr-falc': 'Image carrée pour les réseaux sociaux 1080 × 1080',
    },
  },
  {
    id: 'story-1080x1920',
    short: 'story',
    family: 'card',
    width: 1080,
    height: 1920,
    unit: 'px',
    formats: ['png', 'png@2x'],
    label: {
      fr: 'Story 1080 × 1920',
      en: 'Story 1080 × 1920',
      es: 'Historia 1080 × 1920',
      de: 'Story 1080 × 1920',
      it: 'Storia 1080 × 1920',
      pt: 'Story 1080 × 1920',
      ar: 'قصة 1080 × 1920',
      'fr-falc': 'Story 1080 × 1920',
    },
  },
  {
    id: 'signature-600x150',
    short: 'sig',
    family: 'card',
    width: 600,
    height: 150,
    unit: 'px',
    formats: ['png', 'png@2x', 'html'],
    label: {
      fr: 'Signature de courriel 600 × 150',
      en: 'E-mail signature 600 × 150',
      es: 'Firma de correo electrónico 600 × 150',
      de: 'E-Mail-Signatur 600 × 150',
      it: 'Firma e-mail 600 × 150',
      pt: 'Assinatura de e-mail 600 × 150',
      ar: 'توقيع البريد الإلكتروني 600 × 150',
      'fr-falc': 'Signature de courriel 600 × 150',
    },
  },
];

/**
 * The assets that give a territory's results back to its citizens (kit/src/results-kit.ts): drawn
 * from its published figures for a period, apart from the kit, since they need those figures.
 * Their answers count as theirs, like any asset's.
 */
export const RESULTS_ASSETS: readonly KitAsset[] = [
  {
    id: 'affiche-resultats',
    short: 'ra4',
    family: 'poster',
    width: 210,
    height: 297,
    unit: 'mm',
    formats: ['pdf', 'png'],
    label: {
      fr: 'Affiche des résultats A4',
      en: 'Results poster A4',
      es: 'Cartel de resultados A4',
      de: 'Ergebnisplakat A4',
      it: 'Locandina dei risultati A4',
      pt: 'Cartaz dos resultados A4',
      ar: 'ملصق النتائج A4',
      'fr-falc': 'Affiche des résultats A4',
    },
  },
  {
    id: 'social-resultats',
    short: 'rs',
    family: 'card',
    width: 1080,
    height: 1080,
    unit: 'px',
    formats: ['png', 'png@2x'],
    label: {
      fr: 'Image des résultats 1080 × 1080',
      en: 'Results image 1080 × 1080',
      es: 'Imagen de resultados 1080 × 1080',
      de: 'Ergebnisbild 1080 × 1080',
      it: 'Immagine dei risultati 1080 × 1080',
      pt: 'Imagem dos resultados 1080 × 1080',
      ar: 'صورة النتائج 1080 × 1080',
      'fr-falc': 'Image des résultats 1080 × 1080',
    },
  },
];

/** Every asset whose id is a source and whose code a short address may carry. */
export const PRINTED_ASSETS: readonly KitAsset[] = [...KIT_ASSETS, ...RESULTS_ASSETS];

/** French names of every source, for results and exports; an unknown source shows its id. */
export const SOURCE_LABELS_FR: Readonly<Record<string, string>> = {
  site: 'Site internet (questionnaire intégré)',
  qr: 'Code QR (sans support précisé)',
  borne: 'Borne ou tablette en accueil',
  'non-precise': 'Non précisé',
  adresse: 'Adresse courte tapée (sans support précisé)',
  'reseau-facebook': 'Kit : publication Facebook',
  'reseau-linkedin': 'Kit : publication LinkedIn',
  'reseau-x': 'Kit : publication X',
  'reseau-instagram': 'Kit : publication Instagram',
  bulletin: 'Kit : bulletin municipal',
  ...Object.fromEntries(PRINTED_ASSETS.map((asset) => [asset.id, `Kit : ${asset.label.fr}`])),
};

/**
 * `labels[key]` when `key` is one of `labels`' own keys, else undefined. Keys read from a request or
 * from stored answers may be `constructor` or `toString`, which a plain object would answer from
 * its prototype (a function, not a label).
 */
export function ownLabel(labels: Readonly<Record<string, string>>, key: string): string | undefined {
  // Not Object.hasOwn: the browser bundles target ES2020.
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
}

export function sourceLabelFr(source: string): string {
  return ownLabel(SOURCE_LABELS_FR, source) ?? source;
}
