import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { Database } from '../database/database';
import { badInput } from '../errors';
import { computeSeries } from './indicator-compute';
import type { ComputedIndicator } from './indicator-definition';
import type { IndicatorRegistry } from './indicator-registry';

@ObjectType('FigureChange', { description: 'Un chiffre publié qu’un paramètre daté du passé modifierait' })
export class FigureChange {
  @Field() indicatorKey: string;
  @Field() label: string;
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true }) before: number | null;
  @Field(() => Float, { nullable: true }) after: number | null;
}

/** A setting dated before 1 January of this year reaches figures of years already reported. */
const isBackdated = (validFrom: LocalDate, today: LocalDate): boolean => validFrom < `${today.slice(0, 4)}-01-01`;

/** The mutation's refusal of a back-dated setting sent without confirmation, on the date's field. */
export function requireBackdatedConfirmation(
  validFrom: LocalDate,
  today: LocalDate,
  confirmed: boolean | null | undefined,
  field = 'validFrom',
): void {
  if (isBackdated(validFrom, today) && !confirmed)
    throw badInput(
      field,
      `Date d’application dans une année déjà publiée (${validFrom.split('-').reverse().join('/')}) : ce changement modifie des chiffres publiés ; confirmez-le.`,
    );
}

/**
 * What a dated setting would do to the published yearly figures: the change is applied inside a transaction, the
 * indicators reading its tables (the registry's dependency index) are computed before and after for every full year
 * from the setting's date to last year, and the transaction is rolled back. Only the figures that move are returned.
 */
export class FigureImpact {
  constructor(
    private readonly db: Database,
    private readonly registry: IndicatorRegistry,
  ) {}

  preview(
    tables: readonly string[],
    from: LocalDate,
    today: LocalDate,
    change: (em: EntityManager) => Promise<unknown>,
  ): Promise<FigureChange[]> {
    const years: number[] = [];
    for (let y = Number(from.slice(0, 4)); y < Number(today.slice(0, 4)); y++) years.push(y);
    const keys = new Set(this.registry.keysReadingTables(tables));
    // a year whose figure was typed in (declared) does not move with a setting
    const indicators = this.registry
      .list()
      .filter((d): d is ComputedIndicator => d.kind === 'computed' && keys.has(d.key));
    return this.db.dryRun(async (em) => {
      if (!years.length || !indicators.length) {
        await change(em);
        return [];
      }
      const series = (y: readonly number[]) => computeSeries(em, this.registry, indicators, y, false);
      const before = await series(years);
      await change(em);
      const after = await series(years);
      return indicators.flatMap((ind) =>
        years
          .filter((y) => ind.declaredUntil === undefined || y > ind.declaredUntil)
          .map((year) => ({
            indicatorKey: ind.key,
            label: ind.label,
            year,
            before: before.get(ind.key)?.get(year) ?? null,
            after: after.get(ind.key)?.get(year) ?? null,
          }))
          .filter((c) => c.before !== c.after),
      );
    });
  }
}
