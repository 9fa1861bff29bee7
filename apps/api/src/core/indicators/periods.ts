import { addMonths } from '@call/domain';
import type { Period } from './indicator-definition';

/** A calendar year against the year before. */
export function yearPeriod(year: number): Period {
  return {
    year,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    previous: { year: year - 1, start: `${year - 1}-01-01`, end: `${year - 1}-12-31` },
  };
}

/**
 * The year to date (1 January to `asOf`, included) against the same date last year; a 29 February is
 * compared with the 28th.
 */
export function yearToDatePeriod(asOf: string): Period {
  const year = Number(asOf.slice(0, 4));
  return {
    year,
    start: `${year}-01-01`,
    end: asOf,
    previous: { year: year - 1, start: `${year - 1}-01-01`, end: addMonths(asOf, -12) },
  };
}

/** The `count` full years ending with `last`, oldest first. */
export const seriesYears = (last: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => last - count + 1 + i);
