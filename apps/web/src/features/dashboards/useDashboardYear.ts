import { toParisLocalDate } from '@call/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The year of a dashboard lives in the URL (?annee=2025). The current year is read to date (compared with the
 * same date last year), a past year in full; `defaultYear` is the current year for a director, the last complete
 * one for the DGS overview (the year the report is written for).
 */
export function useDashboardYear(defaultTo: 'current' | 'lastComplete') {
  const [params, setParams] = useSearchParams();
  const today = toParisLocalDate(new Date());
  const currentYear = Number(today.slice(0, 4));
  const raw = Number(params.get('annee'));
  const fallback = defaultTo === 'current' ? currentYear : currentYear - 1;
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= currentYear ? raw : fallback;
  const setYear = useCallback(
    (y: number) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        p.set('annee', String(y));
        return p;
      }),
    [setParams],
  );
  return { year, currentYear, asOf: year === currentYear ? today : null, setYear };
}
