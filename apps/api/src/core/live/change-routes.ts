import type { DirectorateKey } from '@call/domain';
import type { DataSource } from 'typeorm';
import type { IndicatorDefinition } from '../indicators/indicator-definition';
import type { DirectorateModule } from '../module';

/** The tables an indicator reads (its source and joins; a declared one, the declared values). */
function tablesRead(d: IndicatorDefinition): string[] {
  if (d.kind === 'declared') return ['declared_indicator_value'];
  return [d.source.table, ...(d.source.joins ?? []).map((j) => j.table)];
}

/**
 * Which directorates a write concerns: the module that owns a table, and every directorate with an indicator
 * reading it (a shared referential, the declared values). Sessions, users and the audit trail concern none.
 */
export function changeRoutes(
  dataSource: DataSource,
  modules: readonly DirectorateModule[],
  indicators: readonly IndicatorDefinition[],
): (tables: readonly string[]) => DirectorateKey[] {
  const byTable = new Map<string, Set<DirectorateKey>>();
  const add = (table: string, d: DirectorateKey) => {
    let set = byTable.get(table);
    if (!set) byTable.set(table, (set = new Set()));
    set.add(d);
  };
  for (const m of modules) for (const e of m.entities) add(dataSource.getMetadata(e).tableName, m.directorate);
  for (const d of indicators) for (const t of tablesRead(d)) add(t, d.directorate);
  return (tables) => {
    const out = new Set<DirectorateKey>();
    for (const t of tables) for (const d of byTable.get(t) ?? []) out.add(d);
    return [...out].sort();
  };
}
