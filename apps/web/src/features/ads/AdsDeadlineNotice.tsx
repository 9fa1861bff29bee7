import { Alert } from '@mui/material';
import { ADS_OUTCOME_LABELS } from '@call/domain';
import type { AdsDossierQuery } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import { adsDaysLeft } from './AdsDaysLeft';

type Dossier = AdsDossierQuery['adsDossier'];

/** The deadline of an open dossier: ahead (blue, with the days left), near (orange), or past (red). */
export function AdsDeadlineNotice({ d, today }: { d: Dossier; today: string }) {
  const dl = d.computedDeadline;
  const tacit = ADS_OUTCOME_LABELS[dl.tacitOutcome].toLowerCase();
  const left = adsDaysLeft(d.status, dl.tacitOn, today);
  if (left && left.days < 0)
    return (
      <Alert severity="error" sx={{ mb: 2 }} data-testid="ads-deadline">
        {`Échéance dépassée depuis le ${formatDay(dl.tacitOn)} (${left.label.toLowerCase()}) : sans décision notifiée à cette date, ${tacit} acquis(e) ; le dossier reste à clore.`}
      </Alert>
    );
  const text =
    dl.state === 'RUNNING'
      ? `Échéance : ${formatDay(dl.tacitOn)} — sans décision notifiée, ${tacit} à cette date.`
      : `Pièces attendues jusqu’au ${formatDay(dl.piecesDueOn)} — à défaut, ${tacit} à cette date.`;
  return (
    <Alert
      severity={left?.color === 'warning' ? 'warning' : dl.state === 'RUNNING' ? 'info' : 'warning'}
      sx={{ mb: 2 }}
      data-testid="ads-deadline"
    >
      {text}
      {left ? ` (${left.label})` : ''}
    </Alert>
  );
}
