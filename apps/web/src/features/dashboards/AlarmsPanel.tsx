import { useQuery } from '@apollo/client/react';
import type { DirectorateKey } from '@call/domain';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  TablePagination,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { DashboardAlarmsQuery } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import { errorMessage } from '../../shared/graphql-errors';
import { DashboardAlarmRecordsQuery } from './graphql/alarm-records.query';
import { DashboardAlarmsQuery as AlarmsQuery } from './graphql/alarms.query';
import { useLiveRefetch } from './useLiveDashboard';

type AlarmView = DashboardAlarmsQuery['alarms'][number];
type AlarmRecordView = AlarmView['preview'][number];

/** The directorate's alarms as of today: each with its count and its records, most urgent first. */
export function AlarmsPanel({ directorate }: { directorate: DirectorateKey }) {
  const { data, error, refetch } = useQuery(AlarmsQuery, {
    variables: { directorate },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(directorate, () => refetch());
  const [open, setOpen] = useState<AlarmView | null>(null);
  const alarms = data?.alarms ?? [];
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if (!alarms.length) return null;
  return (
    <Paper variant="outlined" component="section" aria-label="Alarmes" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2">
        Alarmes à ce jour
      </Typography>
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        {alarms.map((a) => (
          <div key={a.key} data-testid={`alarm-${a.key}`}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Chip
                size="small"
                label={a.total}
                color={a.total === 0 ? 'default' : a.severity === 'DANGER' ? 'error' : 'warning'}
              />
              <Typography variant="subtitle2" component="h3" title={a.description}>
                {a.label}
              </Typography>
              {a.total > a.preview.length && (
                <Button size="small" onClick={() => setOpen(a)}>
                  Voir les {a.total}
                </Button>
              )}
            </Stack>
            {a.preview.length > 0 && <RecordLinks records={a.preview} />}
          </div>
        ))}
      </Stack>
      {open && <AlarmRecordsDialog alarm={open} onClose={() => setOpen(null)} />}
    </Paper>
  );
}

function RecordLinks({ records }: { records: readonly AlarmRecordView[] }) {
  return (
    <List dense disablePadding>
      {records.map((r) => (
        <ListItem key={r.id} disableGutters sx={{ py: 0 }}>
          <ListItemText
            primary={
              <Link component={RouterLink} to={r.path}>
                {r.reference} — {r.label}
              </Link>
            }
            secondary={[r.detail, r.dueDate ? `échéance ${formatDay(r.dueDate)}` : null].filter(Boolean).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}

function AlarmRecordsDialog({ alarm, onClose }: { alarm: AlarmView; onClose: () => void }) {
  const [page, setPage] = useState(0);
  const pageSize = 25;
  const { data, previousData, error } = useQuery(DashboardAlarmRecordsQuery, {
    variables: { key: alarm.key, offset: page * pageSize, limit: pageSize },
  });
  const result = data?.alarmRecords ?? previousData?.alarmRecords;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="alarm-records-title">
      <DialogTitle id="alarm-records-title">{alarm.label}</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{errorMessage(error)}</Alert>}
        {result && <RecordLinks records={result.items} />}
        <TablePagination
          component="div"
          count={result?.total ?? alarm.total}
          page={page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[pageSize]}
          onPageChange={(_, p) => setPage(p)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Fermer</Button>
      </DialogActions>
    </Dialog>
  );
}
