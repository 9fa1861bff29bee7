import { MenuItem, TextField } from '@mui/material';

const YEARS_BACK = 8;

/** The years a dashboard offers; the current one reads « à ce jour ». */
export function YearSelect({
  year,
  currentYear,
  onChange,
}: {
  year: number;
  currentYear: number;
  onChange: (y: number) => void;
}) {
  const years = Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i);
  return (
    <TextField
      select
      size="small"
      label="Année"
      value={year}
      sx={{ minWidth: 160 }}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {years.map((y) => (
        <MenuItem key={y} value={y}>
          {y === currentYear ? `${y} (à ce jour)` : y}
        </MenuItem>
      ))}
    </TextField>
  );
}
