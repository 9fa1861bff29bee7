import { isDirectorateKey, type DirectorateKey } from '@call/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Year and directorate live in the URL (?annee=2025&direction=ads) so a view can be shared or bookmarked. */
export function useIndicatorFilters() {
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const rawYear = Number(params.get('annee'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= currentYear + 1 ? rawYear : currentYear;
  const rawDirectorate = params.get('direction');
  const directorate: DirectorateKey | null = rawDirectorate && isDirectorateKey(rawDirectorate) ? rawDirectorate : null;

  const setFilters = useCallback(
    (next: { year?: number; directorate?: DirectorateKey | null }) => {
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        if (next.year !== undefined) p.set('annee', String(next.year));
        if (next.directorate !== undefined) {
          if (next.directorate) p.set('direction', next.directorate);
          else p.delete('direction');
        }
        return p;
      });
    },
    [setParams],
  );

  return { year, directorate, currentYear, setFilters };
}
