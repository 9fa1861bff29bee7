import { daySlots, latestCremationDay, toParisLocalDate, urnAlertOn, urnKeptUntil } from '@call/domain';
import type { CrematoriumCremation, CrematoriumLine, CrematoriumScan } from './entities';
import type { CremationView, LineView, ScanView } from './crematorium.types';

export const cremationReference = (n: number) => `CR-${String(n).padStart(6, '0')}`;

export const lineView = (l: CrematoriumLine): LineView => ({ ...l, slots: daySlots(l) });

export function cremationView(c: CrematoriumCremation): CremationView {
  const kept = c.ashesFate === 'KEPT';
  return {
    ...c,
    reference: cremationReference(c.number),
    lineName: c.line.name,
    latestLegalDay: latestCremationDay(toParisLocalDate(c.deathAt)),
    status: c.completedAt ? 'COMPLETED' : 'BOOKED',
    urnKeptUntil: kept ? urnKeptUntil(c.cremationOn) : null,
    urnAlertOn: kept ? urnAlertOn(c.cremationOn) : null,
  };
}

export const scanView = (s: CrematoriumScan): ScanView => ({ ...s });
