import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import {
  Box,
  Button,
  Checkbox,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
} from '@mui/material';
import { useMemo, useState, type ReactNode } from 'react';
import { formatDisplayedRows } from '../format';
import { useColumnChoice } from './useColumnChoice';

type SortDirection = 'asc' | 'desc';
export interface TableSort {
  column: string;
  direction: SortDirection;
}

export interface Column<R> {
  id: string;
  label: string;
  render: (row: R) => ReactNode;
  /** Client-side sort key; with `serverSort`, any truthy value marks the column sortable by the server. */
  sortValue?: ((row: R) => string | number | null) | true;
  align?: 'left' | 'right';
  /** A column that cannot be hidden (the row's name). */
  alwaysShown?: boolean;
}

interface ServerPaging {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export interface DataTableProps<R> {
  /** Names the table in the column memory. */
  id: string;
  label: string;
  columns: Column<R>[];
  rows: readonly R[] | undefined;
  rowKey: (row: R) => string;
  loading?: boolean;
  empty: string;
  onRowClick?: (row: R) => void;
  /** Rows to highlight (an alert). */
  rowSelected?: (row: R) => boolean;
  /** Sorting done by the API: the table only shows and asks. Without it, rows are sorted here. */
  serverSort?: { sort: TableSort | null; onSortChange: (sort: TableSort) => void };
  /** Paging done by the API (its `total`); without it, rows are paged here. */
  serverPaging?: ServerPaging;
  pageSize?: number;
  hiddenByDefault?: string[];
  /** Rows ticked for an action on several (keys of `rowKey`); the box's accessible name is `name(row)`. */
  selection?: { selected: readonly string[]; onChange: (keys: string[]) => void; name: (row: R) => string };
}

const compare = (a: string | number | null, b: string | number | null) =>
  a === b
    ? 0
    : a === null
      ? 1
      : b === null
        ? -1
        : typeof a === 'number' && typeof b === 'number'
          ? a - b
          : String(a).localeCompare(String(b), 'fr');

/** A list: sort on the columns that allow it, paging, and a column choice each user keeps. */
export function DataTable<R>({
  id,
  label,
  columns,
  rows,
  rowKey,
  loading,
  empty,
  onRowClick,
  rowSelected,
  serverSort,
  serverPaging,
  pageSize = 25,
  hiddenByDefault,
  selection,
}: DataTableProps<R>) {
  const { hidden, toggle } = useColumnChoice(id, hiddenByDefault);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [localSort, setLocalSort] = useState<TableSort | null>(null);
  const [localPage, setLocalPage] = useState(0);
  const shown = columns.filter((c) => c.alwaysShown || !hidden.includes(c.id));
  const sort = serverSort ? serverSort.sort : localSort;

  const visibleRows = useMemo(() => {
    if (!rows) return [];
    if (serverPaging) return rows;
    const col = columns.find((c) => c.id === localSort?.column);
    const sorted =
      col && typeof col.sortValue === 'function'
        ? [...rows].sort((a, b) => {
            const by = col.sortValue as (row: R) => string | number | null;
            return compare(by(a), by(b)) * (localSort?.direction === 'desc' ? -1 : 1);
          })
        : rows;
    return sorted.slice(localPage * pageSize, (localPage + 1) * pageSize);
  }, [rows, columns, localSort, localPage, pageSize, serverPaging]);

  const requestSort = (column: string) => {
    const direction: SortDirection = sort?.column === column && sort.direction === 'asc' ? 'desc' : 'asc';
    if (serverSort) serverSort.onSortChange({ column, direction });
    else {
      setLocalSort({ column, direction });
      setLocalPage(0);
    }
  };
  const paging = serverPaging ?? {
    page: localPage,
    pageSize,
    total: rows?.length ?? 0,
    onPageChange: setLocalPage,
  };

  return (
    <Paper variant="outlined">
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: 1, pt: 0.5 }}>
        <Button
          size="small"
          startIcon={<ViewColumnOutlined />}
          onClick={(e) => setMenu(e.currentTarget)}
          aria-haspopup="menu"
        >
          Colonnes
        </Button>
        <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
          {columns
            .filter((c) => !c.alwaysShown)
            .map((c) => (
              <MenuItem
                key={c.id}
                onClick={() => toggle(c.id)}
                role="menuitemcheckbox"
                aria-checked={!hidden.includes(c.id)}
              >
                <ListItemIcon>
                  <Checkbox edge="start" size="small" checked={!hidden.includes(c.id)} tabIndex={-1} disableRipple />
                </ListItemIcon>
                <ListItemText primary={c.label} />
              </MenuItem>
            ))}
        </Menu>
      </Box>
      {/* a wide table scrolls inside its card, never the page */}
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              {selection && (
                <TableCell padding="checkbox">
                  <SelectAll rows={visibleRows} rowKey={rowKey} selection={selection} />
                </TableCell>
              )}
              {shown.map((c) => (
                <TableCell key={c.id} align={c.align} sortDirection={sort?.column === c.id ? sort.direction : false}>
                  {c.sortValue ? (
                    <TableSortLabel
                      active={sort?.column === c.id}
                      direction={sort?.column === c.id ? sort.direction : 'asc'}
                      onClick={() => requestSort(c.id)}
                    >
                      {c.label}
                    </TableSortLabel>
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {loading && !rows && (
              <TableRow>
                <TableCell colSpan={shown.length + (selection ? 1 : 0)}>Chargement…</TableCell>
              </TableRow>
            )}
            {rows?.length === 0 && (
              <TableRow>
                <TableCell colSpan={shown.length + (selection ? 1 : 0)}>{empty}</TableCell>
              </TableRow>
            )}
            {visibleRows.map((row) => (
              <TableRow
                key={rowKey(row)}
                hover
                selected={rowSelected?.(row) ?? false}
                sx={onRowClick ? { cursor: 'pointer' } : undefined}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
              >
                {selection && (
                  <TableCell padding="checkbox" onClick={(e) => e.stopPropagation()}>
                    <Checkbox
                      size="small"
                      checked={selection.selected.includes(rowKey(row))}
                      onChange={(e) => {
                        const key = rowKey(row);
                        const rest = selection.selected.filter((k) => k !== key);
                        selection.onChange(e.target.checked ? [...rest, key] : rest);
                      }}
                      slotProps={{ input: { 'aria-label': `Sélectionner ${selection.name(row)}` } }}
                    />
                  </TableCell>
                )}
                {shown.map((c) => (
                  <TableCell key={c.id} align={c.align}>
                    {c.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {paging.total > paging.pageSize || serverPaging ? (
        <TablePagination
          component="div"
          count={paging.total}
          page={paging.page}
          rowsPerPage={paging.pageSize}
          rowsPerPageOptions={[paging.pageSize]}
          onPageChange={(_, page) => paging.onPageChange(page)}
          labelDisplayedRows={formatDisplayedRows}
          getItemAriaLabel={(type) =>
            type === 'next'
              ? 'Page suivante'
              : type === 'previous'
                ? 'Page précédente'
                : type === 'first'
                  ? 'Première page'
                  : 'Dernière page'
          }
        />
      ) : null}
    </Paper>
  );
}

/** Ticks or unticks every row of the page. */
function SelectAll<R>({
  rows,
  rowKey,
  selection,
}: {
  rows: readonly R[];
  rowKey: (row: R) => string;
  selection: NonNullable<DataTableProps<R>['selection']>;
}) {
  const keys = rows.map(rowKey);
  const ticked = keys.filter((k) => selection.selected.includes(k)).length;
  return (
    <Checkbox
      size="small"
      checked={keys.length > 0 && ticked === keys.length}
      indeterminate={ticked > 0 && ticked < keys.length}
      onChange={(e) => selection.onChange(e.target.checked ? keys : [])}
      slotProps={{ input: { 'aria-label': 'Sélectionner toute la page' } }}
    />
  );
}
