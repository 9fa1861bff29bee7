import { useLazyQuery } from '@apollo/client/react';
import { Button } from '@mui/material';
import type { DirectorateKey } from '@call/domain';
import { downloadBase64 } from '../../shared/download';
import { errorMessage } from '../../shared/graphql-errors';
import { IndicatorReportQuery } from './graphql/indicator-report.query';

/** The year's report as the server computes it, in a workbook (the DGS compiles the annual report from it). */
export function ExportReportButton({
  year,
  directorate,
  onError,
}: {
  year: number;
  directorate: DirectorateKey | null;
  onError: (message: string) => void;
}) {
  const [fetchReport, { loading }] = useLazyQuery(IndicatorReportQuery, { fetchPolicy: 'no-cache' });
  const exportReport = async () => {
    try {
      const r = await fetchReport({ variables: { year, directorate } });
      if (r.data) downloadBase64(r.data.indicatorReport);
    } catch (e) {
      onError(errorMessage(e));
    }
  };
  return (
    <Button variant="outlined" onClick={exportReport} loading={loading} sx={{ alignSelf: { sm: 'center' } }}>
      Exporter le rapport (Excel)
    </Button>
  );
}
