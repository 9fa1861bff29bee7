import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Box, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import {
  FOURRIERE_OUTCOME_LABELS,
  FOURRIERE_SPECIES_LABELS,
  HOLDING_ALERT_STATUSES,
  HOLDING_STATUS_LABELS,
  IDENTIFICATION_KIND_LABELS,
  type HoldingStatus,
} from '@call/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { FourriereAnimalsQuery as Result } from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql-errors';
import { formatCount, formatDay } from '../../shared/format';
import { DataTable, PageHeader, type Column } from '../../shared/kit';
import { FourriereAnimalsQuery } from './graphql/fourriere-animals.query';
import { FourriereBoardAlertsQuery } from './graphql/fourriere-board-alerts.query';
import { FourriereSetupNotice } from './FourriereSetupNotice';

type Row = Pick<
  Result['fourriereAnimals']['items'][number],
  | 'id'
  | 'reference'
  | 'species'
  | 'breed'
  | 'intakeOn'
  | 'communeName'
  | 'identificationKind'
  | 'identificationNumber'
  | 'holdingEnd'
  | 'holdingStatus'
  | 'daysInCustody'
> & { outcome?: Result['fourriereAnimals']['items'][number]['outcome'] };

const STATUS_COLOR: Record<HoldingStatus, 'default' | 'warning' | 'error' | 'info'> = {
  RUNNING: 'default',
  ENDS_TODAY: 'warning',
  OVER: 'error',
  COURT: 'info',
};

const COLUMNS: Column<Row>[] = [
  {
    id: 'reference',
    label: 'N°',
    alwaysShown: true,
    sortValue: (a) => a.reference,
    render: (a) => (
      <Link to={`/fourriere/animaux/${a.id}`} style={{ whiteSpace: 'nowrap' }}>
        {a.reference}
      </Link>
    ),
  },
  {
    id: 'species',
    label: 'Espèce',
    sortValue: (a) => FOURRIERE_SPECIES_LABELS[a.species],
    render: (a) => `${FOURRIERE_SPECIES_LABELS[a.species]}${a.breed ? ` — ${a.breed}` : ''}`,
  },
  { id: 'intakeOn', label: 'Entrée', sortValue: (a) => a.intakeOn, render: (a) => formatDay(a.intakeOn) },
  { id: 'commune', label: 'Commune', sortValue: (a) => a.communeName, render: (a) => a.communeName },
  {
    id: 'identification',
    label: 'Identification',
    render: (a) => a.identificationNumber ?? IDENTIFICATION_KIND_LABELS[a.identificationKind],
  },
  {
    id: 'daysInCustody',
    label: 'Jours de garde',
    align: 'right',
    sortValue: (a) => a.daysInCustody,
    render: (a) => a.daysInCustody,
  },
  {
    id: 'holdingEnd',
    label: 'Fin du délai de garde',
    sortValue: (a) => a.holdingEnd ?? null,
    render: (a) => (a.holdingEnd ? formatDay(a.holdingEnd) : 'Décision judiciaire'),
  },
];

function stateColumn(showOutcome?: boolean): Column<Row> {
  return {
    id: 'state',
    label: showOutcome ? 'Situation' : 'État',
    render: (a) => (
      <>
        {a.holdingStatus && (
          <Chip size="small" color={STATUS_COLOR[a.holdingStatus]} label={HOLDING_STATUS_LABELS[a.holdingStatus]} />
        )}
        {a.outcome && `${FOURRIERE_OUTCOME_LABELS[a.outcome.type]} le ${formatDay(a.outcome.outcomeOn)}`}
      </>
    ),
  };
}

// the three tables of the board share one column choice
function AnimalTable({ rows, label, showOutcome }: { rows: Row[] | null; label: string; showOutcome?: boolean }) {
  return (
    <DataTable<Row>
      id="fourriere-animaux"
      label={label}
      columns={[...COLUMNS, stateColumn(showOutcome)]}
      rows={rows ?? undefined}
      rowKey={(a) => a.id}
      loading={!rows}
      empty="Aucun animal."
      pageSize={50}
      rowSelected={(a) => !!a.holdingStatus && HOLDING_ALERT_STATUSES.includes(a.holdingStatus)}
    />
  );
}

/** The pound board: animals present now, their custody and holding period, alerts, and a search by chip. */
export function FourriereBoardPage() {
  const board = useQuery(FourriereAnimalsQuery, {
    variables: { filter: { present: true }, limit: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const found = useQuery(FourriereAnimalsQuery, {
    variables: { filter: { identification: submitted }, limit: 50 },
    skip: !submitted,
    fetchPolicy: 'network-only',
  });
  // counted by the server: present animals whose holding period ends today, or is over without outcome
  const alerts = useQuery(FourriereBoardAlertsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = board.data?.fourriereAnimals.items ?? [];
  const endsToday = alerts.data?.fourriereBoardAlerts.endsToday ?? 0;
  const over = alerts.data?.fourriereBoardAlerts.overdue ?? 0;

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(search.trim() || null);
  };

  return (
    <Stack spacing={3}>
      <PageHeader
        title="Fourrière — animaux présents"
        actions={
          <>
            <Button component={Link} to="/fourriere/tarifs" variant="outlined">
              Tarifs
            </Button>
            <Button component={Link} to="/fourriere/calendrier" variant="outlined">
              Calendrier
            </Button>
            <Button component={Link} to="/fourriere/entrees/nouvelle" variant="contained">
              Nouvelle entrée
            </Button>
          </>
        }
      />
      <FourriereSetupNotice />
      <Box component="form" role="search" aria-label="Recherche par identification" onSubmit={onSearch}>
        <Stack direction="row" spacing={1}>
          <TextField
            label="N° de puce ou tatouage"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            size="small"
            sx={{ minWidth: { xs: 0, sm: 320 }, flex: { xs: 1, sm: 'none' } }}
          />
          <Button type="submit" variant="outlined">
            Rechercher
          </Button>
        </Stack>
      </Box>
      {submitted && (
        <Stack spacing={1}>
          <Typography variant="h6" component="h2">
            Résultats pour « {submitted} »
          </Typography>
          {found.error && <Alert severity="error">{errorMessage(found.error)}</Alert>}
          {found.data && (
            <AnimalTable rows={found.data.fourriereAnimals.items} label="Résultats de la recherche" showOutcome />
          )}
        </Stack>
      )}
      {board.error && <Alert severity="error">{errorMessage(board.error)}</Alert>}
      {alerts.error && <Alert severity="error">{errorMessage(alerts.error)}</Alert>}
      {alerts.data && endsToday + over > 0 && (
        <Stack spacing={1} component="section" aria-label="Alertes">
          <Badge
            badgeContent={endsToday + over}
            color="error"
            sx={{ alignSelf: 'flex-start' }}
            slotProps={{ badge: { 'aria-label': `${endsToday + over} alerte(s)` } as object }}
          >
            <Typography variant="h6" component="h2" sx={{ pr: 1.5 }}>
              À traiter
            </Typography>
          </Badge>
          {endsToday > 0 && (
            <Alert severity="warning">{endsToday} animal(aux) : délai de garde expirant aujourd’hui.</Alert>
          )}
          {over > 0 && (
            <Alert severity="error">
              {over} animal(aux) : délai de garde échu sans sortie — cession, adoption ou euthanasie possibles.
            </Alert>
          )}
          <AnimalTable rows={alerts.data.fourriereBoardAlerts.animals} label="Animaux à traiter" />
        </Stack>
      )}
      <Typography variant="body2" color="text.secondary">
        {board.data ? `${formatCount(board.data.fourriereAnimals.total)} animal(aux) présent(s).` : 'Chargement…'}{' '}
        Accueil du public du lundi au vendredi, 13 h – 17 h, sur rendez-vous.
      </Typography>
      <AnimalTable rows={board.data ? rows : null} label="Animaux présents" />
    </Stack>
  );
}
