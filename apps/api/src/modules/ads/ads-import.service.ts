import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  adsTypeInfo,
  checkAdsDossierNumber,
  initialAdsDossierNumber,
  normalizeAdsDossierNumber,
  parseAdsDossierNumber,
  toParisLocalDate,
} from '@call/domain';
import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { timeSlicer } from '../../core/import/yield-to-others';
import { bulkInsert } from '../../core/database/bulk-insert';
import { writeInSlices } from '../../core/database/sliced-write';
import { badInput } from '../../core/errors';
import { membershipsOn } from '../../core/referentials/referentials.service';
import { AdsDossier } from './entities/ads-dossier.entity';
import { AdsDossierEvent } from './entities/ads-dossier-event.entity';
import type { AdsImportLineView, AdsImportReportView } from './graphql/ads.types';
import type { CreateAdsDossierInput } from './graphql/ads.inputs';
import { readImportFile, rowToInput } from './ads-import.parser';
import { applyDeadline, deadlineOf } from './ads-timeline';
import { depositEvent, newAdsDossierFields, notInstructedCommune } from './use-cases/register-ads-dossier';

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 5_000, field: 'base64' };

type Known = { id: string; type: string };

/**
 * Imports an export of the instruction software: idempotent on the number, all or nothing per file.
 * The file is read and every row checked outside any transaction (on the embedded database the unit of
 * work holds its single session); only the bulk inserts run in the one short transaction.
 */
export class AdsImportService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AuthUser, filename: string, base64: string): Promise<AdsImportReportView> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(base64))
      throw badInput('base64', 'Le contenu du fichier doit être encodé en base64.');
    const rows = await readImportFile(filename, Buffer.from(base64, 'base64'), LIMITS);
    if (!rows.length) throw badInput('filename', 'Le fichier ne contient aucune ligne de dossier.');

    const numberOf = (n: string) => normalizeAdsDossierNumber(n) ?? n;
    const candidates = rows.filter((r) => r.cells.numero).map((r) => numberOf(r.cells.numero));
    const initials = candidates.map((n) => initialAdsDossierNumber(n)).filter((n): n is string => !!n);
    const { known, instructing } = await this.db.read(async (em) => ({
      known: await numbersRecorded(em, [...candidates, ...initials]),
      instructing: await membershipsOn(em, 'ads', null, 'instruction'),
    }));

    const today = toParisLocalDate(new Date());
    const lines: AdsImportLineView[] = [];
    const dossiers: AdsDossier[] = [];
    const events: AdsDossierEvent[] = [];
    const inFile = new Map<string, Known>();
    const seen = new Set<string>();
    const pause = timeSlicer();
    for (const r of rows) {
      await pause();
      const number = r.cells.numero ? numberOf(r.cells.numero) : null;
      if (number && seen.has(number)) {
        lines.push({
          line: r.line,
          number,
          status: 'REJECTED',
          messages: ['Numéro présent plusieurs fois dans le fichier.'],
        });
        continue;
      }
      if (number) seen.add(number);
      const { input, messages } = await rowToInput(r);
      if (!input) {
        lines.push({ line: r.line, number, status: 'REJECTED', messages });
        continue;
      }
      if (known.has(number!)) {
        lines.push({ line: r.line, number, status: 'SKIPPED', messages: ['Déjà enregistré : ligne ignorée.'] });
        continue;
      }
      const issue = rowIssue(input, number!, today, instructing, (n) => known.get(n) ?? inFile.get(n));
      if (typeof issue === 'string') {
        lines.push({ line: r.line, number, status: 'REJECTED', messages: [issue] });
        continue;
      }
      const dossier = Object.assign(new AdsDossier(), newAdsDossierFields(input, number!, issue.initialDossierId));
      dossier.id = randomUUID();
      const computed = deadlineOf(dossier, [], []);
      applyDeadline(dossier, computed);
      const e = depositEvent('IMPORTED', input, computed.tacitOn);
      events.push(
        Object.assign(new AdsDossierEvent(), {
          dossierId: dossier.id,
          kind: e.kind,
          eventOn: e.on,
          summary: e.summary,
          fromStatus: null,
          toStatus: e.toStatus,
          actorId: actor.id,
          actorLogin: actor.login,
          details: null,
        }),
      );
      dossiers.push(dossier);
      inFile.set(number!, { id: dossier.id, type: input.type });
      lines.push({ line: r.line, number, status: 'IMPORTED', messages: [] });
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
    // a number recorded meanwhile by someone else fails the unique index: the whole file is refused (CONFLICT)
    await writeInSlices(this.db, {
      items: dossiers.map((d, k) => ({ dossier: d, event: events[k] })),
      size: 500,
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
      },
      undo: (em, written) =>
        em
          .delete(
            AdsDossier,
            written.map((s) => s.dossier.id),
          )
          .then(() => undefined),
      finish: (em) =>
        this.audit.record(em, actor, {
          entity: 'AdsDossier',
          entityId: 'import',
          action: 'import',
          changes: { filename, imported: report.imported, skipped: report.skipped },
        }),
    });
    return report;
  }
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

/** The checks registerAdsDossier makes with queries, made against what was loaded once for the file. */
function rowIssue(
  input: CreateAdsDossierInput,
  number: string,
  today: string,
  instructing: { communeInsee: string; validFrom: string; validTo: string | null }[],
  find: (number: string) => Known | undefined,
): string | { initialDossierId: string | null } {
  if (input.depositedOn > today) return 'La date de dépôt ne peut pas être dans le futur.';
  const on = input.depositedOn;
  if (
    !instructing.some(
      (m) => m.communeInsee === input.communeInsee && m.validFrom <= on && (!m.validTo || m.validTo >= on),
    )
  )
    return notInstructedCommune(input.communeInsee, on).message;
  const issues = checkAdsDossierNumber(number, input);
  if (issues.length) return issues.join(' ');
  const initialNumber = initialAdsDossierNumber(number);
  if (!initialNumber) return { initialDossierId: null };
  const initial = find(initialNumber);
  if (!initial)
    return `L’autorisation initiale ${initialNumber} n’est pas enregistrée : enregistrez-la avant son ${parseAdsDossierNumber(number)!.suffix!.kind === 'M' ? 'modificatif' : 'transfert'}.`;
  if (adsTypeInfo(initial.type as CreateAdsDossierInput['type']).numberPrefix !== adsTypeInfo(input.type).numberPrefix)
    return `Le type ${input.type} ne correspond pas à celui de l’autorisation initiale (${initial.type}).`;
  return { initialDossierId: initial.id };
}
