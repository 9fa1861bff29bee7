import type { DirectorateKey } from '@call/domain';
import type { DataSource } from 'typeorm';
import type { IndicatorRegistry } from '../indicators/indicator-registry';
import type { DirectorateModule } from '../module';

/**
 * Which directorates a write concerns: the module that owns a table, and every directorate with an indicator
 * reading it (a shared referential, the declared values). Sessions, users and the audit trail concern none.
 */
export function changeRoutes(
  dataSource: DataSource,
  modules: readonly DirectorateModule[],
  registry: IndicatorRegistry,
): (tables: readonly string[]) => DirectorateKey[] {
  const byTable = new Map<string, Set<DirectorateKey>>();
  const add = (table: string, d: DirectorateKey) => {
    let set = byTable.get(table);
    if (!set) byTable.set(table, (set = new Set()));
    set.add(d);
  };
  for (const m of modules) for (const e of m.entities ?? []) add(dataSource.getMetadata(e).tableName, m.directorate);
  for (const d of registry.list()) for (const t of registry.tablesRead(d.key)) add(t, d.directorate);
  return (tables) => {
    const out = new Set<DirectorateKey>();
    for (const t of tables) for (const d of byTable.get(t) ?? []) out.add(d);
    return [...out].sort();
  };
}
