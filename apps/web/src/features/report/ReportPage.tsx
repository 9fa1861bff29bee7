import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { REPORT_CHAPTER_STATUSES } from '@call/domain';
import { useSearchParams } from 'react-router';
import { useMe } from '../../auth/useMe';
import { errorMessage } from '../../shared/graphql-errors';
import { PageHeader, QueryState } from '../../shared/kit';
import { ChapterStatusChip } from './ChapterStatusChip';
import { OpenReportYearMutation, ReportYearQuery } from './graphql/report.documents';
import { ReportClosing } from './ReportClosing';
import { ReportDownloads } from './ReportDownloads';
import { ReportStructure } from './ReportStructure';

const defaultYear = () => new Date().getFullYear() - 1;

/** The annual report: the DGS's progress, structure, closing and downloads; a director's own chapters. */
export function ReportPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('annee')) || defaultYear();
  const { me } = useMe();
  const dgs = me?.role === 'DGS';
  // cache-and-network: the progress moves with every review done elsewhere
  const query = useQuery(ReportYearQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [open, opening] = useMutation(OpenReportYearMutation, { refetchQueries: [ReportYearQuery] });
  return (
    <Stack spacing={3}>
      <PageHeader
        title={`Rapport d’activités ${year}`}
        actions={
          <TextField
            label="Année"
            type="number"
            size="small"
            value={year}
            onChange={(e) => setParams({ annee: e.target.value })}
            sx={{ width: 120 }}
          />
        }
      />
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {({ reportYear: report }) =>
          !report ? (
            <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Typography>Le rapport {year} n’est pas encore ouvert.</Typography>
              {opening.error && <Alert severity="error">{errorMessage(opening.error)}</Alert>}
              {dgs && (
                <Button
                  variant="contained"
                  loading={opening.loading}
                  onClick={() => void open({ variables: { year } }).catch(() => undefined)}
                >
                  Ouvrir le rapport {year} (structure du rapport 2023)
                </Button>
              )}
            </Stack>
          ) : (
            <>
              <Typography>
                {report.status === 'CLOSED'
                  ? `Année close le ${new Date(report.closedAt!).toLocaleDateString('fr-FR')} par ${report.closedBy} : les chiffres du rapport sont figés.`
                  : 'Année ouverte : les chiffres du rapport sont en direct (provisoires).'}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} aria-label="Avancement">
                {report.progress.map((p) => (
                  <Stack key={p.status} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                    <ChapterStatusChip status={p.status} />
                    <Typography
                      variant="body2"
                      aria-label={`${REPORT_CHAPTER_STATUSES.of(p.status).label} : ${p.count}`}
                    >
                      {p.count}
                    </Typography>
                  </Stack>
                ))}
              </Stack>
              <ReportDownloads year={year} />
              {dgs && <ReportClosing year={year} status={report.status} version={report.version} />}
              <ReportStructure parts={report.parts} editable={dgs && report.status === 'OPEN'} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
