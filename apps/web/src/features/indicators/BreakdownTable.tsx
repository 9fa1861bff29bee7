import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatIndicatorValue } from '../../shared/format';
import type { BreakdownView } from './types';

interface Props {
  breakdown: BreakdownView;
  unit: string;
  onSelect?: (member: string, memberLabel: string) => void;
}

/** A breakdown as the server sent it: members and their values, in the server's order. */
export function BreakdownTable({ breakdown, unit, onSelect }: Props) {
  return (
    <TableContainer>
      <Table size="small" aria-label={breakdown.label}>
        <TableHead>
          <TableRow>
            <TableCell>
              <Typography variant="caption" sx={{ fontWeight: 600 }}>
                {breakdown.label}
              </Typography>
            </TableCell>
            <TableCell align="right" />
          </TableRow>
        </TableHead>
        <TableBody>
          {breakdown.items.map((item) => (
            <TableRow
              key={item.member}
              hover={!!onSelect}
              onClick={onSelect ? () => onSelect(item.member, item.label) : undefined}
              sx={onSelect ? { cursor: 'pointer' } : undefined}
              title={onSelect ? 'Voir le détail' : undefined}
            >
              <TableCell>{item.label}</TableCell>
              <TableCell align="right">{formatIndicatorValue(item.value, unit)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
