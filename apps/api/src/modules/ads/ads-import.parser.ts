import {
  isAdsDossierType,
  isLocalDate,
  normalizeAdsDossierNumber,
  type AdsApplicantKind,
  type AdsChannel,
} from '@call/domain';
import { validate } from 'class-validator';
import { badInput } from '../../core/errors';
import { readTable, type TableLimits } from '../../core/import/table-reader';
import { CreateAdsDossierInput } from './graphql/ads.inputs';
import { ADS_FIELD_LABELS } from './ads-field-labels';

/**
 * Reads an export of the instruction software (one row per dossier, CSV with ; or , or an XLSX sheet)
 * through the core's bounded reader.
 * Expected headers (case and accents ignored): numero, type, commune_insee, date_depot, mode_depot,
 * demandeur, type_demandeur, adresse_terrain, parcelles, nature_projet, surface_plancher, logements.
 */
const REQUIRED = [
  'numero',
  'type',
  'commune_insee',
  'date_depot',
  'mode_depot',
  'demandeur',
  'adresse_terrain',
  'nature_projet',
] as const;

export type RawRow = { line: number; cells: Record<string, string> };

const key = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Header problems are fatal for the file (nothing can be read); row problems are reported per line. */
export async function readImportFile(filename: string, buffer: Buffer, limits: TableLimits): Promise<RawRow[]> {
  const table = await readTable(filename, buffer, limits);
  const header = (table[0] ?? []).map(key);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw badInput('filename', `Colonnes manquantes dans l’en-tête : ${missing.join(', ')}.`);
  return table
    .slice(1)
    .map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])) }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
}

const CHANNELS: Record<string, AdsChannel> = {
  papier: 'PAPER',
  paper: 'PAPER',
  dematerialise: 'ELECTRONIC',
  electronique: 'ELECTRONIC',
  electronic: 'ELECTRONIC',
  gnau: 'ELECTRONIC',
  numerique: 'ELECTRONIC',
};
const KINDS: Record<string, AdsApplicantKind> = {
  '': 'PERSON',
  particulier: 'PERSON',
  personne_physique: 'PERSON',
  societe: 'COMPANY',
  personne_morale: 'COMPANY',
  entreprise: 'COMPANY',
};

function date(v: string): string | null {
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : v.slice(0, 10);
  return isLocalDate(iso) ? iso : null;
}

function int(v: string): number | null {
  if (v === '') return 0;
  return /^\d+$/.test(v) ? Number(v) : null;
}

/** A row as the form's input, or the reasons it cannot be one (French, naming the column). */
export async function rowToInput(r: RawRow): Promise<{ input: CreateAdsDossierInput | null; messages: string[] }> {
  const c = r.cells;
  const messages: string[] = [];
  for (const col of REQUIRED) if (!c[col]) messages.push(`Colonne ${col} : valeur obligatoire.`);
  const type = c.type;
  if (type && !isAdsDossierType(type))
    messages.push(`Colonne type : « ${type} » n’est pas un type connu (CUa, CUb, DP, PCMI, PC, PA, PD).`);
  const depositedOn = c.date_depot ? date(c.date_depot) : null;
  if (c.date_depot && !depositedOn)
    messages.push(`Colonne date_depot : « ${c.date_depot} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).`);
  const channel = CHANNELS[key(c.mode_depot ?? '')];
  if (c.mode_depot && !channel)
    messages.push(`Colonne mode_depot : « ${c.mode_depot} » (attendu : papier ou dématérialisé).`);
  const applicantKind = KINDS[key(c.type_demandeur ?? '')];
  if (!applicantKind)
    messages.push(`Colonne type_demandeur : « ${c.type_demandeur} » (attendu : particulier ou société).`);
  const floor = int(c.surface_plancher ?? '');
  if (floor === null)
    messages.push(`Colonne surface_plancher : « ${c.surface_plancher} » n’est pas un nombre entier de m².`);
  const dwellings = int(c.logements ?? '');
  if (dwellings === null) messages.push(`Colonne logements : « ${c.logements} » n’est pas un nombre entier.`);
  if (c.numero && !normalizeAdsDossierNumber(c.numero))
    messages.push(`Colonne numero : « ${c.numero} » n’a pas la forme « PC 062 498 23 A0012 ».`);
  if (messages.length) return { input: null, messages };

  const input = Object.assign(new CreateAdsDossierInput(), {
    number: c.numero,
    type,
    communeInsee: c.commune_insee,
    depositedOn: depositedOn!,
    channel,
    applicantKind,
    applicantName: c.demandeur,
    landAddress: c.adresse_terrain,
    cadastralParcels: (c.parcelles ?? '')
      .split(/[,|]/)
      .map((p) => p.trim())
      .filter(Boolean),
    projectNature: c.nature_projet,
    floorAreaCreated: floor!,
    dwellingsCreated: dwellings!,
    instructorId: null,
    tacitRefusalCase: false,
  });
  const errors = await validate(input, { forbidUnknownValues: false });
  for (const e of errors)
    for (const m of Object.values(e.constraints ?? {}))
      messages.push(`${ADS_FIELD_LABELS[e.property] ?? e.property} : ${m}`);
  return messages.length ? { input: null, messages } : { input, messages };
}
