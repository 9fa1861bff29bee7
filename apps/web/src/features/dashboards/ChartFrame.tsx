import { Box, Button, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { ChartsLocalizationProvider } from '@mui/x-charts/ChartsLocalizationProvider';
import { frFR } from '@mui/x-charts/locales';
import { useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  /** A file name without extension, for the image. */
  fileName: string;
  chart: ReactNode;
  /** The same data as a table: what a screen reader reads, and what anyone may prefer. */
  table: ReactNode;
}

// the charts' French texts (empty chart, loading), here rather than in the app's theme: they load with the charts
const CHARTS_TEXT = frFR.components.MuiChartsLocalizationProvider.defaultProps.localeText;

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Downloads the chart's SVG as drawn (MUI X Charts draws SVG), with its fonts inlined as plain attributes. */
function downloadSvg(container: HTMLElement | null, fileName: string) {
  const svg = container?.querySelector('svg');
  if (!svg) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('font-family', 'Roboto, Arial, sans-serif');
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.svg`;
  a.click();
  URL.revokeObjectURL(url);
}

/** A chart with its table view and its image download. */
export function ChartFrame({ title, fileName, chart, table }: Props) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const ref = useRef<HTMLDivElement>(null);
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2, height: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v: 'chart' | 'table' | null) => v && setView(v)}
          aria-label={`Affichage de « ${title} »`}
          className="no-print"
        >
          <ToggleButton value="chart">Graphique</ToggleButton>
          <ToggleButton value="table">Tableau</ToggleButton>
        </ToggleButtonGroup>
        {view === 'chart' && (
          <Button size="small" className="no-print" onClick={() => downloadSvg(ref.current, fileName)}>
            Image (SVG)
          </Button>
        )}
      </Stack>
      {view === 'chart' ? (
        <>
          <Box ref={ref} aria-hidden>
            <ChartsLocalizationProvider localeText={CHARTS_TEXT}>{chart}</ChartsLocalizationProvider>
          </Box>
          {/* screen readers read the table, the chart is drawn for the eye */}
          <Box sx={VISUALLY_HIDDEN}>{table}</Box>
        </>
      ) : (
        table
      )}
    </Paper>
  );
}
