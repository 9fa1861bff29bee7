import { createTheme } from '@mui/material/styles';
import { frFR as materialFrFR } from '@mui/material/locale';

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#00587a' },
      secondary: { main: '#c2410c' },
      // MUI's default orange and light blue carry white text at 3.1:1 and 4.1:1: darker, 4.5:1 at least (RGAA 3.2)
      warning: { main: '#b45309' },
      info: { main: '#01579b' },
      background: { default: '#f5f7f9' },
    },
    shape: { borderRadius: 8 },
    components: {
      // a focus ring every keyboard user sees, on every control (RGAA 10.7), above MUI's faint ripple
      MuiCssBaseline: {
        styleOverrides: {
          ':focus-visible': { outline: '3px solid #c2410c', outlineOffset: 2 },
        },
      },
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { size: 'small' } },
    },
  },
  // MUI X's French texts are given where their components are (DateField, ChartFrame, DrillDownDialog): here they
  // would load with every page
  materialFrFR,
);
