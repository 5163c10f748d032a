/**
 * The national open-data file: every territory's published figures, month by month, as one tidy
 * CSV (`GET /v1/open-data/figures.csv`) described by a Table Schema (frictionless data:
 * https://specs.frictionlessdata.io/table-schema/), served as `figures.schema.json` and inside
 * `datapackage.json`. Made for open-data portals: UTF-8 without BOM, `,` between cells, `.` as the
 * decimal point, one header. A figure under the suppression threshold is an empty cell, its `n`
 * kept. Figures are the ones every page shows (survey/scoring.ts), from the summaries the ledgers
 * push, so a month is complete a minute after its last answer.
 * @module
 */
import * as z from 'zod/mini';
import { CHANNELS, CRITERIA, SERVICES } from './questionnaire.js';
import { TERRITORY_KINDS } from './territory.js';

/** The overall question's indicator code; the criteria keep theirs (`en-ligne` as `en_ligne`). */
export const OPEN_DATA_OVERALL = 'appreciation_generale';
export const OPEN_DATA_INDICATORS = [OPEN_DATA_OVERALL, ...CRITERIA.map((criterion) => criterion.replace('-', '_'))] as const;

/** The Table Schema of figures.csv; its field names are the CSV's header, in order. */
export const OPEN_DATA_SCHEMA = {
  fields: [
    {
      name: 'territoire',
      type: 'string',
      title: 'Identifiant de la collectivité',
      description: 'commune:<code INSEE>, epci:<SIREN> ou departement:<code>',
      constraints: { required: true, pattern: '(commune|epci|departement):[0-9AB]{2,9}' },
    },
    { name: 'nom', type: 'string', title: 'Nom de la collectivité', constraints: { required: true } },
    { name: 'type', type: 'string', title: 'Type de collectivité', constraints: { required: true, enum: [...TERRITORY_KINDS] } },
    { name: 'departement', type: 'string', title: 'Code du département', constraints: { required: true, pattern: '[0-9AB]{2,3}' } },
    { name: 'mois', type: 'yearmonth', title: 'Mois de réception des réponses (heure de Paris)', constraints: { required: true } },
    {
      name: 'service',
      type: 'string',
      title: 'Service',
      description: 'Identifiant du service (liste fermée du questionnaire v1, à laquelle des services peuvent être ajoutés). Vide : tous les services.',
      constraints: { enum: [...SERVICES] },
    },
    { name: 'canal', type: 'string', title: 'Canal', description: 'Identifiant du canal. Vide : tous les canaux.', constraints: { enum: [...CHANNELS] } },
    {
      name: 'indicateur',
      type: 'string',
      title: 'Indicateur',
      description: 'La question générale (appreciation_generale) ou l’un des cinq critères.',
      constraints: { required: true, enum: [...OPEN_DATA_INDICATORS] },
    },
    { name: 'reponses', type: 'integer', title: 'Réponses à cette question (« Non concerné » exclu)', constraints: { required: true, minimum: 0 } },
    {
      name: 'note_sur_10',
      type: 'number',
      title: 'Note moyenne sur 10',
      description: 'Vide sous le seuil de publication (5 réponses).',
      constraints: { minimum: 0, maximum: 10 },
    },
    {
      name: 'taux_satisfaction',
      type: 'number',
      title: 'Part de réponses satisfaites (0 à 1)',
      description: '« Très bien » à la question générale, 4 ou 5 sur 5 à un critère. Vide sous le seuil.',
      constraints: { minimum: 0, maximum: 1 },
    },
    { name: 'ic95_bas', type: 'number', title: 'Intervalle de confiance à 95 % (Wilson) : borne basse', constraints: { minimum: 0, maximum: 1 } },
    { name: 'ic95_haut', type: 'number', title: 'Intervalle de confiance à 95 % (Wilson) : borne haute', constraints: { minimum: 0, maximum: 1 } },
  ],
  primaryKey: ['territoire', 'mois', 'service', 'canal', 'indicateur'],
  missingValues: [''],
} as const;

export const OPEN_DATA_COLUMNS = OPEN_DATA_SCHEMA.fields.map((field) => field.name);

/** The Data Package (frictionless data) that names the file and carries its schema. */
export function openDataPackage(baseUrl: string, generatedOn: string) {
  return {
    name: 'barometre-citoyen-chiffres',
    title: 'Baromètre citoyen : chiffres publiés de chaque collectivité, par mois',
    description:
      'La qualité de l’accueil dans les services publics telle que les usagers la notent, par collectivité et par mois : réponses, note sur 10, part de satisfaits et son intervalle de confiance, pour la question générale et les cinq critères. Les chiffres sous le seuil de publication sont laissés vides.',
    licenses: [{ name: 'etalab-2.0', title: 'Licence Ouverte / Open Licence version 2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' }],
    created: generatedOn,
    resources: [
      {
        name: 'chiffres',
        path: `${baseUrl}/v1/open-data/figures.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: OPEN_DATA_SCHEMA,
      },
    ],
  };
}

/** What `GET /v1/open-data/figures.schema.json` replies: a Table Schema (checked loosely here; the spec is frictionless data's). */
export const TableSchemaReplySchema = z.looseObject({
  fields: z.array(z.looseObject({ name: z.string(), type: z.string() })),
  primaryKey: z.array(z.string()),
});

/** What `GET /v1/open-data/datapackage.json` replies: a Data Package with the file and its schema. */
export const DataPackageReplySchema = z.looseObject({
  name: z.string(),
  resources: z.array(z.looseObject({ name: z.string(), path: z.string(), schema: TableSchemaReplySchema })),
});
