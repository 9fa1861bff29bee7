import { useCallback } from 'react';
import { formatDay, todayInFrance } from '../format';
import { FigureChanges, isBackdated, type FigureChangeRow } from './FigureChanges';
import { ActionCancelled, useConfirm } from './useConfirm';

interface BackdatedAsk {
  /** The setting's date (YYYY-MM-DD). */
  date: string;
  /** What is saved, for the title: « Tarif daté », « Adhésion datée » (« … du 01/01/2024, dans une année déjà publiée »). */
  what: string;
  /** The figures it would rewrite, asked of the API (its `…Impact` query, a rolled-back copy of the change). */
  changes: () => Promise<readonly FigureChangeRow[]>;
}

/**
 * A dated setting (scale, tariff, calendar, perimeter…) saved in a year already reported rewrites published
 * figures: before the mutation, `await confirmBackdated({...})` names them in a dialog and throws `ActionCancelled`
 * when the user declines. It returns the mutation's `confirmBackdated` argument (false for a date of this year,
 * then nothing is asked). Render `dialog`.
 */
export function useBackdatedConfirm() {
  const { confirm, dialog } = useConfirm();
  const confirmBackdated = useCallback(
    async ({ date, what, changes }: BackdatedAsk): Promise<boolean> => {
      if (!isBackdated(date, todayInFrance())) return false;
      const rows = await changes();
      const ok = await confirm({
        title: `${what} du ${formatDay(date)}, dans une année déjà publiée`,
        body: <FigureChanges changes={rows} />,
        // the button says what saving does: rewrite the figures listed, or nothing published
        confirmLabel: rows.length ? 'Enregistrer et modifier ces chiffres' : 'Enregistrer quand même',
      });
      if (!ok) throw new ActionCancelled();
      return true;
    },
    [confirm],
  );
  return { confirmBackdated, dialog };
}
