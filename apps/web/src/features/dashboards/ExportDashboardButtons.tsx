import { useLazyQuery } from '@apollo/client/react';
import { Button, ButtonGroup } from '@mui/material';
import type { DirectorateKey } from '@call/domain';
import type { IndicatorExportFormat } from '../../gql/graphql';
import { downloadBase64 } from '../../shared/download';
import { errorMessage } from '../../shared/graphql-errors';
import { DashboardExportQuery } from './graphql/dashboard-export.query';

interface Props {
  year: number;
  asOf: string | null;
  directorate: DirectorateKey | null;
  onError: (message: string) => void;
}

/** The dashboard's figures as the server computes them: CSV (`;`, 1 234,5, dd/mm/yyyy) or a workbook. */
export function ExportDashboardButtons({ year, asOf, directorate, onError }: Props) {
  const [fetchFile, { loading }] = useLazyQuery(DashboardExportQuery, { fetchPolicy: 'no-cache' });
  const exportAs = async (format: IndicatorExportFormat) => {
    try {
      const r = await fetchFile({ variables: { year, asOf, directorate, format } });
      if (r.data) downloadBase64(r.data.indicatorReport);
    } catch (e) {
      onError(errorMessage(e));
    }
  };
  return (
    <ButtonGroup variant="outlined" className="no-print" aria-label="Exporter">
      <Button onClick={() => void exportAs('CSV')} loading={loading}>
        Exporter (CSV)
      </Button>
      <Button onClick={() => void exportAs('XLSX')} loading={loading}>
        Exporter (Excel)
      </Button>
    </ButtonGroup>
  );
}
