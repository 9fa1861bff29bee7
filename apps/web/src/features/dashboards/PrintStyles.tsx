import { GlobalStyles } from '@mui/material';

/** On paper: no menu, no buttons, the figures on the whole width, rows kept whole. */
export function PrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          'header, nav, .MuiDrawer-root, .no-print, .MuiAppBar-root': { display: 'none !important' },
          main: { margin: '0 !important', padding: '0 !important', width: '100% !important' },
          'tr, article, section': { breakInside: 'avoid' },
          body: { fontSize: '10pt' },
        },
      }}
    />
  );
}
