import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridRowParams,
  type GridSortModel,
} from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { IndicatorExportFormat } from '../../gql/graphql';
import { downloadBase64 } from '../../shared/download';
import { formatCell } from '../../shared/format';
import { errorMessage } from '../../shared/graphql-errors';
import { IndicatorRecordsExportQuery } from './graphql/indicator-records-export.query';
import { IndicatorRecordsQuery } from './graphql/indicator-records.query';
import type { DrillTarget } from './types';

const ROW_ID = '__rowId';
const ROW_PATH = '__path';

interface Props {
  target: DrillTarget;
  onClose: () => void;
}

/**
 * The records behind a figure, listed, sorted and paginated by the server (columns included); each row opens
 * its record in its module, and the whole list exports to CSV or XLSX.
 */
export function DrillDownDialog({ target, onClose }: Props) {
  const navigate = useNavigate();
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>([]);
  const [exportError, setExportError] = useState<string | null>(null);
  const filter = {
    key: target.indicator.key,
    year: target.indicator.year,
    dimension: target.dimension ?? null,
    member: target.member ?? null,
    asOf: target.asOf ?? null,
    sort: sortModel[0]?.field ?? null,
    descending: sortModel[0]?.sort === 'desc',
  };
  const { data, previousData, loading, error } = useQuery(IndicatorRecordsQuery, {
    variables: { ...filter, offset: pagination.page * pagination.pageSize, limit: pagination.pageSize },
  });
  const [fetchExport, exporting] = useLazyQuery(IndicatorRecordsExportQuery, { fetchPolicy: 'no-cache' });
  // keep the previous page on screen while the next one loads
  const page = data?.indicatorRecords ?? previousData?.indicatorRecords;

  const columns = useMemo<GridColDef[]>(
    () =>
      (page?.columns ?? []).map((c) => ({
        field: c.key,
        headerName: c.label,
        flex: 1,
        minWidth: 120,
        valueFormatter: (v: unknown) => formatCell(v),
      })),
    [page?.columns],
  );
  const rows = useMemo(
    () =>
      (page?.rows ?? []).map((r, i) => ({
        ...r,
        [ROW_ID]: pagination.page * pagination.pageSize + i,
        [ROW_PATH]: page?.paths[i] ?? null,
      })),
    [page, pagination],
  );

  const exportAs = async (format: IndicatorExportFormat) => {
    try {
      const r = await fetchExport({ variables: { ...filter, format } });
      if (r.data) downloadBase64(r.data.indicatorRecordsExport);
    } catch (e) {
      setExportError(errorMessage(e));
    }
  };
  const openRecord = (params: GridRowParams<Record<string, unknown>>) => {
    const path = params.row[ROW_PATH];
    if (typeof path === 'string') void navigate(path);
  };

  const title = target.memberLabel ? `${target.indicator.label} — ${target.memberLabel}` : target.indicator.label;
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="drill-down-title">
      <DialogTitle id="drill-down-title">
        {title} ({target.asOf ? `${target.indicator.year} au ${formatCell(target.asOf)}` : target.indicator.year})
      </DialogTitle>
      <DialogContent>
        {(error ?? exportError) && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error ? errorMessage(error) : exportError}
          </Alert>
        )}
        <div style={{ height: 520, width: '100%' }}>
          <DataGrid
            localeText={frFR.components.MuiDataGrid.defaultProps.localeText}
            rows={rows}
            columns={columns}
            getRowId={(r: Record<string, unknown>) => r[ROW_ID] as number}
            loading={loading}
            paginationMode="server"
            sortingMode="server"
            sortModel={sortModel}
            onSortModelChange={(m) => {
              setSortModel(m);
              setPagination((p) => ({ ...p, page: 0 }));
            }}
            rowCount={page?.total ?? 0}
            paginationModel={pagination}
            onPaginationModelChange={setPagination}
            pageSizeOptions={[25, 50, 100]}
            onRowClick={openRecord}
            getRowClassName={(p) => (p.row[ROW_PATH] ? 'drill-row-link' : '')}
            sx={{ '& .drill-row-link': { cursor: 'pointer' } }}
            disableColumnFilter
            disableRowSelectionOnClick
          />
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void exportAs('CSV')} loading={exporting.loading}>
          Exporter (CSV)
        </Button>
        <Button onClick={() => void exportAs('XLSX')} loading={exporting.loading}>
          Exporter (Excel)
        </Button>
        <Button onClick={onClose}>Fermer</Button>
      </DialogActions>
    </Dialog>
  );
}
