import { createTheme } from '@mui/material/styles';
import { frFR as materialFrFR } from '@mui/material/locale';
import { frFR as chartsFrFR } from '@mui/x-charts/locales';
import { frFR as dataGridFrFR } from '@mui/x-data-grid/locales';
import { frFR as pickersFrFR } from '@mui/x-date-pickers/locales';

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#00587a' },
      secondary: { main: '#c2410c' },
      background: { default: '#f5f7f9' },
    },
    shape: { borderRadius: 8 },
    components: {
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { size: 'small' } },
    },
  },
  materialFrFR,
  dataGridFrFR,
  pickersFrFR,
  chartsFrFR,
);
