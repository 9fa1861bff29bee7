import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { initialAdsDossierNumber, normalizeAdsDossierNumber, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import type { Database } from '../../../core/database/database';
import { bulkInsert } from '../../../core/database/bulk-insert';
import { writeInSlices } from '../../../core/database/sliced-write';
import { AppError, badInput } from '../../../core/errors';
import { timeSlicer } from '../../../core/import/yield-to-others';
import { membershipsOn } from '../../../core/referentials/referentials.service';
import type { ServiceMembership } from '../../../core/referentials/service-membership.entity';
import { AdsDossier } from '../entities/ads-dossier.entity';
import { AdsDossierEvent } from '../entities/ads-dossier-event.entity';
import type { CreateAdsDossierInput } from '../graphql/ads.inputs';
import type { AdsImportLineView, AdsImportReportView } from '../graphql/ads.types';
import { rowToInput, type RawRow } from '../ads-import.parser';
import { reserveAdsNumbers } from '../ads-numbering';
import {
  depositEvent,
  initialDossierOf,
  newAdsDossier,
  notInstructedCommune,
  typedNumberOf,
} from './register-ads-dossier';

type Known = Pick<AdsDossier, 'id' | 'type'>;
type Row = { dossier: AdsDossier; event: Partial<AdsDossierEvent> };

/** Rows written per transaction on PGlite, where a transaction holds the only session. */
const SLICE = 250;

/**
 * Imports the rows of an export of the instruction software: idempotent on the number, all or nothing
 * (a file with one bad line writes nothing and reports every line). The rows are checked as
 * registerAdsDossier checks them, but outside any transaction and in time slices, against what one short
 * read loaded for the whole file; then dossiers and deposit events are written in bulk, the imported
 * numbers reserved in the counter and one audit entry recorded.
 */
export async function importAdsDossiers(
  db: Database,
  audit: AuditService,
  actor: AuthUser,
  filename: string,
  rows: RawRow[],
  today: LocalDate,
): Promise<AdsImportReportView> {
  const numberOf = (raw: string) => normalizeAdsDossierNumber(raw) ?? raw;
  const candidates = rows.filter((r) => r.cells.numero).map((r) => numberOf(r.cells.numero));
  const initials = candidates.map((n) => initialAdsDossierNumber(n)).filter((n): n is string => !!n);
  const { known, instructing } = await db.read(async (em) => ({
    known: await numbersRecorded(em, [...candidates, ...initials]),
    instructing: await membershipsOn(em, 'ads', null, 'instruction'),
  }));

  const lines: AdsImportLineView[] = [];
  const written: Row[] = [];
  const inFile = new Map<string, Known>();
  const seen = new Set<string>();
  const pause = timeSlicer();
  for (const r of rows) {
    await pause();
    const number = r.cells.numero ? numberOf(r.cells.numero) : null;
    const reject = (messages: string[]) => lines.push({ line: r.line, number, status: 'REJECTED', messages });
    if (number && seen.has(number)) {
      reject(['Numéro présent plusieurs fois dans le fichier.']);
      continue;
    }
    if (number) seen.add(number);
    const { input, messages } = await rowToInput(r);
    if (!input) {
      reject(messages);
      continue;
    }
    if (known.has(number!)) {
      lines.push({ line: r.line, number, status: 'SKIPPED', messages: ['Déjà enregistré : ligne ignorée.'] });
      continue;
    }
    const checked = checkRow(input, today, instructing, (n) => known.get(n) ?? inFile.get(n));
    if (checked instanceof AppError) {
      reject([checked.message]);
      continue;
    }
    const { dossier, tacitOn } = newAdsDossier(input, checked.number, checked.initialDossierId);
    dossier.id = randomUUID();
    const e = depositEvent('IMPORTED', input, tacitOn);
    written.push({
      dossier,
      event: {
        dossierId: dossier.id,
        kind: e.kind,
        eventOn: e.on,
        summary: e.summary,
        fromStatus: null,
        toStatus: e.toStatus,
        actorId: actor.id,
        actorLogin: actor.login,
        details: null,
      },
    });
    inFile.set(dossier.number, dossier);
    lines.push({ line: r.line, number: dossier.number, status: 'IMPORTED', messages: [] });
  }

  const count = (s: string) => lines.filter((l) => l.status === s).length;
  const report = {
    filename,
    committed: count('REJECTED') === 0,
    imported: count('IMPORTED'),
    skipped: count('SKIPPED'),
    rejected: count('REJECTED'),
    lines,
  };
  if (!report.committed) {
    const notSaved = lines.map((l) =>
      l.status === 'IMPORTED'
        ? {
            ...l,
            status: 'VALID',
            messages: ['Ligne valide, non enregistrée : le fichier contient des erreurs (tout ou rien).'],
          }
        : l,
    );
    return { ...report, imported: 0, lines: notSaved };
  }

  // a number recorded meanwhile by someone else fails the unique index: the whole file is refused
  await writeInSlices(db, {
    items: written,
    size: SLICE,
    write: async (em, slice) => {
      await bulkInsert(
        em,
        AdsDossier,
        slice.map((s) => s.dossier),
      );
      await bulkInsert(
        em,
        AdsDossierEvent,
        slice.map((s) => s.event),
      );
      // with its slice, so that a number allocated between two slices (PGlite) never takes an imported one
      await reserveAdsNumbers(
        em,
        slice.map((s) => s.dossier.number),
      );
    },
    // the deposit events go with their dossier (ON DELETE CASCADE); the counter stays past the numbers
    undo: async (em, done) => {
      await em.delete(
        AdsDossier,
        done.map((s) => s.dossier.id),
      );
    },
    finish: (em) =>
      audit.record(em, actor, {
        entity: 'AdsDossier',
        entityId: 'import',
        action: 'import',
        changes: { filename, imported: report.imported, skipped: report.skipped },
      }),
  });
  return report;
}

async function numbersRecorded(em: EntityManager, numbers: string[]): Promise<Map<string, Known>> {
  if (!numbers.length) return new Map();
  const found = await em
    .createQueryBuilder(AdsDossier, 'd')
    .select(['d.id', 'd.number', 'd.type'])
    .where('d.number IN (:...n)', { n: [...new Set(numbers)] })
    .getMany();
  return new Map(found.map((d) => [d.number, { id: d.id, type: d.type }]));
}

/** registerAdsDossier's checks, made against what was loaded once for the file instead of by queries. */
function checkRow(
  input: CreateAdsDossierInput,
  today: LocalDate,
  instructing: readonly ServiceMembership[],
  find: (number: string) => Known | undefined,
): AppError | { number: string; initialDossierId: string | null } {
  const on = input.depositedOn;
  if (on > today) return badInput('depositedOn', 'La date de dépôt ne peut pas être dans le futur.');
  const inForce = (m: ServiceMembership) => m.validFrom <= on && (!m.validTo || m.validTo >= on);
  if (!instructing.some((m) => m.communeInsee === input.communeInsee && inForce(m)))
    return notInstructedCommune(input.communeInsee, on);
  const number = typedNumberOf(input.number!, input);
  if (number instanceof AppError) return number;
  const initialNumber = initialAdsDossierNumber(number);
  if (!initialNumber) return { number, initialDossierId: null };
  const initialDossierId = initialDossierOf(number, input, find(initialNumber));
  return initialDossierId instanceof AppError ? initialDossierId : { number, initialDossierId };
}
