import type { EntityManager } from 'typeorm';
import { isLocalDate, PDL_CONTROL_OUTCOMES, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { readCsv } from '../../../core/import/table-reader';
import { Commune } from '../../../core/referentials/commune.entity';
import { PdlControl, PdlControlBatch } from '../entities';
import type { ControlImportInput } from '../permis-louer.inputs';

const MAX_CONTROL_LINES = 5000;
const HEADER = ['adresse', 'code_insee', 'date_controle', 'resultat'];
const OUTCOME_BY_LABEL = new Map(
  PDL_CONTROL_OUTCOMES.flatMap((o) => [
    [o.code.toLowerCase(), o.code],
    [o.label.toLowerCase(), o.code],
  ]),
);

export interface ImportReport {
  imported: boolean;
  lines: number;
  errors: { line: number; message: string }[];
}

/**
 * A CAF control batch (CSV, `;`): every line is checked first; one bad line and nothing is written, the report
 * names each bad line. Bounded: 1 MB and 5,000 lines.
 */
export async function importControlBatch(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ControlImportInput,
  today: LocalDate,
): Promise<ImportReport> {
  if (input.receivedOn > today) throw badInput('receivedOn', 'Date de réception : ne peut être dans le futur.');
  // the core's bounded reader: quotes, `;` or `,`, CRLF, at most MAX_CONTROL_LINES rows
  const table = await readCsv(input.csv, { maxBytes: 1_000_000, maxRows: MAX_CONTROL_LINES, field: 'csv' });
  const rows = table.map((cells, i) => ({ line: i + 1, cells })).filter((r) => r.cells.join('') !== '');
  const [head, ...body] = rows;
  if (!head || head.cells.map((c) => c.toLowerCase()).join(';') !== HEADER.join(';'))
    throw badInput('csv', `Fichier : la première ligne doit être « ${HEADER.join(';')} ».`);
  if (body.length === 0) throw badInput('csv', 'Fichier : aucune adresse.');
  const communes = new Set((await em.find(Commune, { select: { inseeCode: true } })).map((c) => c.inseeCode));
  const errors: ImportReport['errors'] = [];
  const controls: Omit<PdlControl, 'id' | 'batch' | 'batchId'>[] = [];
  for (const { line, cells } of body) {
    const [street, insee, on, result] = cells;
    const problems: string[] = [];
    if (cells.length !== 4) problems.push(`4 colonnes attendues, ${cells.length} trouvées`);
    if (!street) problems.push('adresse manquante');
    if (!communes.has(insee ?? '')) problems.push(`code INSEE « ${insee ?? ''} » inconnu`);
    if (!on || !isLocalDate(on) || on > today) problems.push(`date de contrôle « ${on ?? ''} » invalide (AAAA-MM-JJ)`);
    const outcome = OUTCOME_BY_LABEL.get((result ?? '').toLowerCase());
    if (!outcome) problems.push(`résultat « ${result ?? ''} » inconnu`);
    if (problems.length) errors.push({ line, message: `Ligne ${line} : ${problems.join(' ; ')}.` });
    else controls.push({ street, communeInsee: insee, controlledOn: on, outcome: outcome! });
  }
  if (errors.length) return { imported: false, lines: body.length, errors };
  const batch = {
    partner: 'CAF',
    receivedOn: input.receivedOn,
    fileName: input.fileName.trim(),
    importedByLogin: actor.login,
  };
  const batchId = (await em.insert(PdlControlBatch, batch)).identifiers[0].id as string;
  for (let i = 0; i < controls.length; i += 1000)
    await em.insert(
      PdlControl,
      controls.slice(i, i + 1000).map((c) => ({ ...c, batchId })),
    );
  await audit.record(em, actor, {
    entity: 'PdlControlBatch',
    entityId: batchId,
    action: 'import',
    changes: { ...batch, lines: controls.length },
  });
  return { imported: true, lines: body.length, errors: [] };
}
