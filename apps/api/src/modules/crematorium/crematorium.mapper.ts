import { daySlots, latestCremationDay, toParisLocalDate, urnAlertOn, urnKeptUntil } from '@call/domain';
import type { CrematoriumCremation, CrematoriumLine, CrematoriumReschedule, CrematoriumScan } from './entities';
import type { CremationView, LineView, RescheduleView, ScanView } from './crematorium.types';

export const cremationReference = (n: number) => `CR-${String(n).padStart(6, '0')}`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const lineView = (l: CrematoriumLine): LineView => ({ ...l, slots: daySlots(l) });

export function cremationView(c: CrematoriumCremation): CremationView {
  const kept = c.ashesFate === 'KEPT';
  return {
    ...c,
    reference: cremationReference(c.number),
    lineName: c.line.name,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    deathAt: c.deathAt.toISOString(),
    completedAt: iso(c.completedAt),
    latestLegalDay: latestCremationDay(toParisLocalDate(c.deathAt)),
    status: c.completedAt ? 'COMPLETED' : c.cancelledAt ? 'CANCELLED' : 'BOOKED',
    cancelledAt: iso(c.cancelledAt),
    urnKeptUntil: kept ? urnKeptUntil(c.cremationOn) : null,
    urnAlertOn: kept ? urnAlertOn(c.cremationOn) : null,
  };
}

export const scanView = (s: CrematoriumScan): ScanView => ({
  ...s,
  scannedAt: s.scannedAt.toISOString(),
  familyInformedAt: iso(s.familyInformedAt),
  openedAt: iso(s.openedAt),
  closedAt: iso(s.closedAt),
});

export const rescheduleView = (r: CrematoriumReschedule): RescheduleView => ({
  ...r,
  fromStartsAt: r.fromStartsAt.toISOString(),
  toStartsAt: r.toStartsAt.toISOString(),
  recordedAt: r.recordedAt.toISOString(),
});
