import { MODULES } from '../../src/modules';
import { count, defineCube } from '../../src/core/indicators/cube';
import { IndicatorRegistry, indicatorKeysReadingTables } from '../../src/core/indicators/indicator-registry';

const registry = new IndicatorRegistry(
  MODULES.flatMap((m) => m.indicators),
  MODULES.flatMap((m) => m.cubes ?? []),
);

describe('the indicator registry', () => {
  it('should say which indicators read which tables', () => {
    expect(indicatorKeysReadingTables(registry, ['ads_act_weight'])).toEqual(['ads.weighted_acts']);
    expect(indicatorKeysReadingTables(registry, ['service_membership'])).toEqual([
      'ads.communes_option1',
      'ads.communes_option2',
    ]);
    // intakes read the outcome only when they need it (a share of returns, the animals still present)
    const outcomes = indicatorKeysReadingTables(registry, ['fourriere_outcome']);
    expect(outcomes).toEqual(
      expect.arrayContaining(['fourriere.sorties', 'fourriere.taux_restitution', 'fourriere.presents_fin_annee']),
    );
    expect(outcomes).not.toContain('fourriere.entrees');
    expect(indicatorKeysReadingTables(registry, ['declared_indicator_value'])).toContain('crematorium.cremations');
    expect(indicatorKeysReadingTables(registry, ['ads_dossier_event'])).toEqual([]);
  });

  it('should list the indicators in the order of the directorates', () => {
    const directorates = registry.list().map((d) => d.directorate);
    expect(directorates.slice(0, 2)).toEqual(['ads', 'ads']);
    expect(directorates.indexOf('permis_louer')).toBeLessThan(directorates.indexOf('fourriere'));
  });

  it('should refuse an unknown cube, time dimension or breakdown, and a column the tables lack', () => {
    const cube = defineCube({
      name: 'c',
      directorate: 'rh',
      table: 'x',
      time: { on: { kind: 'event', sql: '{CUBE}.day' } },
      drill: { members: [{ key: 'day', label: 'Jour', sql: '{CUBE}.day' }], order: '{CUBE}.day' },
    });
    const ok = cube.indicator('rh.x', { label: 'X', unit: 'count', measure: count(), time: 'on', by: ['month'] });
    expect(() => new IndicatorRegistry([{ ...ok, cube: 'nope' }], [cube])).toThrow('cube inconnu');
    expect(() => new IndicatorRegistry([{ ...ok, time: 'off' }], [cube])).toThrow('dimension de temps inconnue');
    expect(() => new IndicatorRegistry([{ ...ok, by: ['colour'] }], [cube])).toThrow('dimension inconnue');
    expect(() => new IndicatorRegistry([ok, ok], [cube])).toThrow('déclaré deux fois');
    const r = new IndicatorRegistry([ok], [cube]);
    expect(() => r.checkColumns((t) => (t === 'x' ? new Set(['day']) : undefined))).not.toThrow();
    expect(() => r.checkColumns((t) => (t === 'x' ? new Set(['date']) : undefined))).toThrow('colonne inconnue x.day');
  });
});
