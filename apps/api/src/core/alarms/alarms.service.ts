import { canReadDirectorate, type DirectorateKey, type Principal } from '@call/domain';
import type { Database } from '../database/database';
import { badInput, forbidden } from '../errors';
import type { Clock } from '../kit/clock';
import type { PageArgs, PageOf } from '../kit/paging';
import type { DirectorateModule } from '../module';
import type { AlarmDefinition, AlarmPage } from './alarm-definition';
import type { AlarmRecordView, AlarmView } from './alarm.types';

const PREVIEW_SIZE = 5;

interface RegisteredAlarm {
  directorate: DirectorateKey;
  def: AlarmDefinition;
}

/** The alarms the modules declare, in directorate order; a key is unique and starts with its directorate. */
export function alarmRegistry(modules: readonly DirectorateModule[]): RegisteredAlarm[] {
  const seen = new Set<string>();
  return modules.flatMap((m) =>
    (m.alarms ?? []).map((def) => {
      if (seen.has(def.key)) throw new Error(`Alarme déclarée deux fois : ${def.key}`);
      if (!def.key.startsWith(`${m.directorate}.`))
        throw new Error(`L’alarme ${def.key} doit commencer par sa direction (${m.directorate}.)`);
      seen.add(def.key);
      return { directorate: m.directorate, def };
    }),
  );
}

/** Alarms "as of today": each counts and lists the same records, read by those who read the directorate. */
export class AlarmsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly alarms: readonly RegisteredAlarm[],
  ) {}

  summaries(user: Principal, directorate: DirectorateKey | null): Promise<AlarmView[]> {
    const visible = this.alarms.filter(
      (a) => canReadDirectorate(user, a.directorate) && (!directorate || a.directorate === directorate),
    );
    const today = this.clock.today();
    return this.db.read(async (em) => {
      const views: AlarmView[] = [];
      // one alarm after the other: on the embedded database the session is single anyway
      for (const { directorate: d, def } of visible) {
        const page = await def.find(em, today, { limit: PREVIEW_SIZE, offset: 0 });
        views.push({
          key: def.key,
          directorate: d,
          label: def.label,
          description: def.description,
          severity: def.severity,
          total: page.total,
          preview: records(def, page),
        });
      }
      return views;
    });
  }

  async records(user: Principal, key: string, page: PageArgs): Promise<PageOf<AlarmRecordView>> {
    const alarm = this.alarms.find((a) => a.def.key === key);
    if (!alarm) throw badInput('key', `Alarme inconnue : ${key}.`);
    if (!canReadDirectorate(user, alarm.directorate)) throw forbidden();
    const found = await this.db.read((em) => alarm.def.find(em, this.clock.today(), page));
    return { items: records(alarm.def, found), total: found.total, offset: page.offset, limit: page.limit };
  }
}

const records = (def: AlarmDefinition, page: AlarmPage): AlarmRecordView[] =>
  page.rows.map((r) => ({ ...r, path: def.recordPath(r.id) }));
