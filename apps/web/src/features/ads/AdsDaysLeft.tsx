import { Chip } from '@mui/material';
import { ADS_OPEN_STATUSES, daysBetween, type AdsStatus } from '@call/domain';

/** Days until a dossier's deadline (silence decides then): red once past, orange within 15 days. */
export function adsDaysLeft(status: AdsStatus, deadline: string | null | undefined, today: string) {
  if (!ADS_OPEN_STATUSES.includes(status) || !deadline) return null;
  const days = daysBetween(today, deadline);
  if (days < 0) return { days, label: `En retard de ${-days} j`, color: 'error' as const };
  if (days === 0) return { days, label: 'Échéance aujourd’hui', color: 'warning' as const };
  return {
    days,
    label: `${days} j restant${days > 1 ? 's' : ''}`,
    color: days <= 15 ? ('warning' as const) : undefined,
  };
}

export function AdsDaysLeft({
  status,
  deadline,
  today,
}: {
  status: AdsStatus;
  deadline: string | null | undefined;
  today: string;
}) {
  const left = adsDaysLeft(status, deadline, today);
  if (!left) return null;
  return <Chip size="small" color={left.color} variant={left.color ? 'filled' : 'outlined'} label={left.label} />;
}
