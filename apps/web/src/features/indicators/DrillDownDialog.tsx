import { useQuery } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { formatCell } from '../../shared/format';
import { errorMessage } from '../../shared/graphql-errors';
import { IndicatorRecordsQuery } from './graphql/indicator-records.query';
import type { DrillTarget } from './types';

const ROW_ID = '__rowId';

interface Props {
  target: DrillTarget;
  onClose: () => void;
}

/** The records behind a figure, listed and paginated by the server (columns included). */
export function DrillDownDialog({ target, onClose }: Props) {
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const { data, previousData, loading, error } = useQuery(IndicatorRecordsQuery, {
    variables: {
      key: target.indicator.key,
      year: target.indicator.year,
      dimension: target.dimension ?? null,
      member: target.member ?? null,
      offset: pagination.page * pagination.pageSize,
      limit: pagination.pageSize,
    },
  });
  // keep the previous page on screen while the next one loads
  const page = data?.indicatorRecords ?? previousData?.indicatorRecords;

  const columns = useMemo<GridColDef[]>(
    () =>
      (page?.columns ?? []).map((c) => ({
        field: c.key,
        headerName: c.label,
        flex: 1,
        minWidth: 120,
        sortable: false,
        valueFormatter: (v: unknown) => formatCell(v),
      })),
    [page?.columns],
  );
  const rows = useMemo(
    () => (page?.rows ?? []).map((r, i) => ({ ...r, [ROW_ID]: pagination.page * pagination.pageSize + i })),
    [page?.rows, pagination],
  );

  const title = target.memberLabel ? `${target.indicator.label} — ${target.memberLabel}` : target.indicator.label;
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="drill-down-title">
      <DialogTitle id="drill-down-title">
        {title} ({target.indicator.year})
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errorMessage(error)}
          </Alert>
        )}
        <div style={{ height: 520, width: '100%' }}>
          <DataGrid
            rows={rows}
            columns={columns}
            getRowId={(r: Record<string, unknown>) => r[ROW_ID] as number}
            loading={loading}
            paginationMode="server"
            rowCount={page?.total ?? 0}
            paginationModel={pagination}
            onPaginationModelChange={setPagination}
            pageSizeOptions={[25, 50, 100]}
            disableColumnFilter
            disableRowSelectionOnClick
          />
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Fermer</Button>
      </DialogActions>
    </Dialog>
  );
}
