import { retentionCutoff, type LocalDate, type RetentionYears } from '@call/domain';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import type { Database } from '../database/database';
import { badInput } from '../errors';
import type { DirectorateModule, PersonalDataSection } from '../module';
import { AuditEntry } from '../audit/audit-entry.entity';
import { User } from '../auth/user.entity';

const ANONYMISED = 'anonymisé';
const EXPORT_LIMIT = 200;

export interface AnonymisationReport {
  kind: string;
  cutoff: LocalDate;
  records: number;
}

/** Erasure past retention and export for one person, over the core's data and every module's hook. */
export class PersonalDataService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly modules: readonly DirectorateModule[],
    private readonly retention: RetentionYears,
  ) {}

  /**
   * One transaction per kind: a failure leaves the other kinds done and this one untouched. Only names,
   * contacts and free text change, never what an indicator counts (dates, communes, types, amounts).
   */
  async anonymise(actor: AuthUser | null, today: LocalDate): Promise<AnonymisationReport[]> {
    const reports: AnonymisationReport[] = [];
    for (const m of this.modules) {
      const hook = m.personalData;
      if (!hook) continue;
      const cutoff = retentionCutoff(today, this.retention[hook.retention]);
      const records = await this.db.transaction(async (em) => {
        const n = await hook.anonymiseBefore(em, cutoff);
        if (n)
          await this.audit.record(em, actor, {
            entity: 'PersonalData',
            entityId: m.directorate,
            action: 'anonymise',
            changes: { cutoff, records: n },
          });
        return n;
      });
      reports.push({ kind: hook.retention, cutoff, records });
    }
    const cutoff = retentionCutoff(today, this.retention.audit);
    // the trigger on audit_entry lets exactly this through: actor and details erased, the rest unchanged
    const records = await this.db.transaction(async (em) => {
      const r = await em
        .createQueryBuilder()
        .update(AuditEntry)
        .set({ userId: null, userLogin: ANONYMISED, changes: null })
        .where(`at < (:cutoff::date)::timestamp AT TIME ZONE 'Europe/Paris' AND user_login <> :a`, {
          cutoff,
          a: ANONYMISED,
        })
        .execute();
      return r.affected ?? 0;
    });
    reports.push({ kind: 'audit', cutoff, records });
    return reports;
  }

  /** Everything held about one person: accounts, audit entries they wrote, and each module's records. */
  async exportFor(search: string): Promise<PersonalDataSection[]> {
    const s = search.trim();
    if (s.length < 3)
      throw badInput('search', 'Saisissez au moins 3 caractères du nom, de l’identifiant ou du contact.');
    const pattern = `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.db.read(async (em) => {
      const users = await em
        .createQueryBuilder(User, 'u')
        .select(['u.id', 'u.login', 'u.displayName', 'u.role', 'u.directorates', 'u.active', 'u.createdAt'])
        .where('u.login ILIKE :p OR u.display_name ILIKE :p', { p: pattern })
        .orderBy('u.login')
        .take(EXPORT_LIMIT)
        .getMany();
      const audit = users.length
        ? await em
            .createQueryBuilder(AuditEntry, 'a')
            .where('a.user_id IN (:...ids)', { ids: users.map((u) => u.id) })
            .orderBy('a.at', 'DESC')
            .take(EXPORT_LIMIT)
            .getMany()
        : [];
      const sections: PersonalDataSection[] = [
        { label: 'Comptes utilisateurs', rows: users.map((u) => ({ ...u })) },
        { label: 'Journal d’audit (actions de ces comptes)', rows: audit.map((a) => ({ ...a })) },
      ];
      for (const m of this.modules)
        if (m.personalData) sections.push(...(await m.personalData.exportFor(em, { pattern, limit: EXPORT_LIMIT })));
      return sections.filter((x) => x.rows.length);
    });
  }
}
