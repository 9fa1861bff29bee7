import { DIRECTORATE_KEYS, type DirectorateKey } from '@call/domain';
import type { DataSource } from 'typeorm';
import type { DirectorateModule } from '../module';
import { segmentFilters, type Cube, type CubeDefinition } from './cube';
import { COLUMN_REF, resolveDimension } from './cube-sql';
import type { ComputedIndicator, IndicatorDefinition } from './indicator-definition';

/** The table of declared values: what a declared figure, or a declared history, reads. */
const DECLARED_VALUES_TABLE = 'declared_indicator_value';

/** Every SQL snippet an indicator compiles from, with the cube's joins, time dimensions and drill. */
function snippets(cube: CubeDefinition, ind: ComputedIndicator): string[] {
  const t = cube.time[ind.time];
  const m = ind.measure;
  const dims = (ind.by ?? []).map((k) => resolveDimension(cube, ind, k));
  return [
    ...(t.kind === 'event' ? [t.sql] : [t.from, t.to]),
    t.drillOrder ?? cube.drill.order,
    ind.drillOrder ?? '',
    cube.drill.record?.sql ?? '',
    ...('sql' in m ? [m.sql] : m.type === 'percent' ? m.where.map((f) => f.sql) : []),
    ...[...segmentFilters(cube, ind.segments), ...(ind.filters ?? [])].map((f) => f.sql),
    ...dims.flatMap((d) => [d.sql, d.labelSql ?? '']),
    ...(ind.drill ?? cube.drill.members).map((d) => d.sql),
  ];
}

/** The joins a set of snippets needs, with the joins their conditions name in turn. */
function joinsOf(cube: CubeDefinition, sqls: string[]): string[] {
  const found = new Set<string>();
  const visit = (sql: string) => {
    for (const [, name] of sql.matchAll(/\{(\w+)\}/g)) {
      const j = cube.joins?.[name];
      if (name === 'CUBE' || found.has(name) || !j) continue;
      found.add(name);
      visit(`${j.on} ${j.inForceOn?.day ?? ''}`);
    }
  };
  sqls.forEach(visit);
  return [...found];
}

/**
 * All indicators, from the directorates' manifests, in the order of the directorates then of their declaration.
 * Keys are unique; every indicator names an existing cube, time dimension, segment and dimension.
 */
export class IndicatorRegistry {
  private readonly byKey = new Map<string, IndicatorDefinition>();
  private readonly cubes = new Map<string, Cube>();
  private readonly tablesByKey = new Map<string, string[]>();

  constructor(definitions: readonly IndicatorDefinition[], cubes: readonly Cube[] = []) {
    for (const c of cubes) {
      if (this.cubes.has(c.name)) throw new Error(`Cube déclaré deux fois : ${c.name}`);
      this.cubes.set(c.name, c);
    }
    const order = (d: IndicatorDefinition) => DIRECTORATE_KEYS.indexOf(d.directorate);
    const sorted = definitions.map((d, i) => ({ d, i })).sort((a, b) => order(a.d) - order(b.d) || a.i - b.i);
    for (const { d } of sorted) {
      if (this.byKey.has(d.key)) throw new Error(`Indicateur déclaré deux fois : ${d.key}`);
      this.byKey.set(d.key, d);
      this.tablesByKey.set(d.key, d.kind === 'declared' ? [DECLARED_VALUES_TABLE] : this.check(d));
    }
  }

  /** Checks an indicator against its cube; returns the tables it reads. */
  private check(ind: ComputedIndicator): string[] {
    const cube = this.cubes.get(ind.cube);
    if (!cube) throw new Error(`${ind.key} : cube inconnu « ${ind.cube} »`);
    if (!cube.time[ind.time]) throw new Error(`${ind.key} : dimension de temps inconnue « ${ind.time} »`);
    if ((ind.drill ?? cube.drill.members).length === 0) throw new Error(`${ind.key} : aucun champ de détail`);
    const joins = joinsOf(cube, snippets(cube, ind));
    const tables = [cube.table, ...joins.map((j) => cube.joins![j].table)];
    return [...new Set(ind.declaredUntil ? [...tables, DECLARED_VALUES_TABLE] : tables)];
  }

  /**
   * Every column a cube or an indicator names must exist in the entities (table → its columns): a renamed
   * column fails at start-up, never on a director's screen.
   */
  checkColumns(columnsOf: (table: string) => ReadonlySet<string> | undefined): void {
    const errors: string[] = [];
    const checkSql = (cube: CubeDefinition, where: string, sql: string) => {
      for (const [, name, column] of sql.matchAll(COLUMN_REF)) {
        const table = name === 'CUBE' ? cube.table : cube.joins?.[name]?.table;
        const columns = table ? columnsOf(table) : undefined;
        if (!table) errors.push(`${where} : jointure inconnue « ${name} »`);
        else if (!columns) errors.push(`${where} : table inconnue « ${table} »`);
        else if (!columns.has(column)) errors.push(`${where} : colonne inconnue ${table}.${column}`);
      }
    };
    for (const cube of this.cubes.values()) {
      if (!columnsOf(cube.table)) errors.push(`cube ${cube.name} : table inconnue « ${cube.table} »`);
      for (const [name, j] of Object.entries(cube.joins ?? {})) {
        const columns = columnsOf(j.table);
        checkSql(cube, `cube ${cube.name}, jointure ${name}`, `${j.on} ${j.inForceOn?.day ?? ''}`);
        if (!columns) errors.push(`cube ${cube.name} : table inconnue « ${j.table} »`);
        for (const col of [j.inForceOn?.validFrom, ...(j.inForceOn?.partitionBy ?? [])])
          if (col && columns && !columns.has(col))
            errors.push(`cube ${cube.name} : colonne inconnue ${j.table}.${col}`);
      }
    }
    for (const d of this.byKey.values())
      if (d.kind === 'computed')
        for (const sql of snippets(this.cubes.get(d.cube)!, d)) checkSql(this.cubes.get(d.cube)!, d.key, sql);
    if (errors.length) throw new Error(`Indicateurs incohérents avec les entités :\n${errors.join('\n')}`);
  }

  get(key: string): IndicatorDefinition | undefined {
    return this.byKey.get(key);
  }

  cube(name: string): Cube {
    return this.cubes.get(name)!;
  }

  /** In the order of the directorates (the report's), then of each directorate's declaration. */
  list(directorates?: readonly DirectorateKey[]): IndicatorDefinition[] {
    const all = [...this.byKey.values()];
    return directorates ? all.filter((d) => directorates.includes(d.directorate)) : all;
  }

  /** The tables an indicator reads (its cube, the joins it needs, declared values). */
  tablesRead(key: string): readonly string[] {
    return this.tablesByKey.get(key) ?? [];
  }

  /** Dependency index: the indicators a change to these tables may move. */
  keysReadingTables(tables: readonly string[]): string[] {
    const touched = new Set(tables);
    return [...this.tablesByKey].filter(([, read]) => read.some((t) => touched.has(t))).map(([k]) => k);
  }
}

/** Dependency index: which indicators read any of these tables (e.g. to refresh only those after a commit). */
export function indicatorKeysReadingTables(registry: IndicatorRegistry, tables: readonly string[]): string[] {
  return registry.keysReadingTables(tables);
}

/** The registry of the manifests, checked against the entities of the data source. */
export async function indicatorRegistry(
  modules: readonly DirectorateModule[],
  dataSource: DataSource,
): Promise<IndicatorRegistry> {
  const registry = new IndicatorRegistry(
    modules.flatMap((m) => m.indicators),
    modules.flatMap((m) => m.cubes ?? []),
  );
  registry.checkColumns((table) => {
    const meta = dataSource.entityMetadatas.find((e) => e.tableName === table);
    return meta && new Set(meta.columns.map((c) => c.databaseName));
  });
  return registry;
}
