import { buildDrillQuery, buildGroupQuery, buildSeriesQuery } from '../../src/core/indicators/cube-sql';
import { yearPeriod } from '../../src/core/indicators/periods';
import { adsDossiers } from '../../src/modules/ads/ads.cubes';
import { ADS_INDICATORS } from '../../src/modules/ads/ads.indicators';

const deposited = ADS_INDICATORS.filter((i) => i.cube === 'ads_dossier' && i.time === 'deposited');

describe('the SQL of a cube', () => {
  it('should compute the indicators of a cube and time dimension in one statement, breakdowns for the period only', () => {
    const q = buildGroupQuery(adsDossiers, 'deposited', deposited, yearPeriod(2023), true);
    const [current, previous] = q.sql.split('UNION ALL');
    // one aggregate per indicator, each over its own records
    expect(current.match(/ AS m\d+/g)).toHaveLength(deposited.length);
    expect(current).toContain('FILTER (WHERE');
    expect(current).toContain('GROUP BY GROUPING SETS ((), ');
    expect(q.dimensions.map((d) => d.key)).toEqual(['month', 'type', 'commune', 'channel']);
    // the year compared gives its totals only
    expect(previous).not.toContain('GROUP BY');
    expect(q.params).toEqual(expect.arrayContaining(['2023-01-01', '2023-12-31', '2022-01-01', '2022-12-31']));
    // the scale in force is a range join, not a sub-select per dossier
    expect(q.sql).toContain('lead(valid_from) OVER (PARTITION BY dossier_type ORDER BY valid_from)');
    expect(q.sql).not.toMatch(/SELECT max/i);
  });

  it('should write only the joins a statement needs', () => {
    const count = deposited.filter((i) => i.key === 'ads.dossiers_electronic');
    const q = buildGroupQuery(adsDossiers, 'deposited', count, yearPeriod(2023), false);
    expect(q.sql).not.toContain('JOIN');
    expect(buildSeriesQuery(adsDossiers, 'deposited', count, [2019, 2020, 2021, 2022, 2023]).sql).toContain(
      'GROUP BY 1',
    );
  });

  it('should bound a drill-down by the period’s days', () => {
    const q = buildDrillQuery(adsDossiers, deposited[0], yearPeriod(2023), {}, { offset: 0, limit: 50 });
    expect(q.count.sql).toContain('t.deposited_on >= $1::date AND t.deposited_on <= $2::date');
    expect(q.count.params.slice(0, 2)).toEqual(['2023-01-01', '2023-12-31']);
    expect(q.rows.sql).toContain('ORDER BY t.deposited_on, t.number');
    // the page and its total read the same records
    expect(q.rows.sql).toContain(q.count.sql.replace('SELECT COUNT(*) AS total\n', ''));
  });
});
