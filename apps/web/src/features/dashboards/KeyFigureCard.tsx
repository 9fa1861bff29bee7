import { Box, Card, CardActionArea, Chip, Link, Stack, Tooltip, Typography } from '@mui/material';
import { formatDay, formatEvolution, formatIndicatorValue } from '../../shared/format';
import { changeColor, changeMeaning } from '../../shared/rise';
import type { FigureView } from './types';

interface Props {
  figure: FigureView;
  selected: boolean;
  /** Just changed on screen (an agent's save): highlighted for a moment. */
  updated: boolean;
  onSelect: () => void;
  /** Opens the records behind the figure. */
  onDrill?: () => void;
}

/** A key figure: the value (year to date or full year), the same date last year, the change coloured by its meaning. */
export function KeyFigureCard({ figure, selected, updated, onSelect, onDrill }: Props) {
  const value = formatIndicatorValue(figure.value, figure.unit);
  const color = changeColor(figure.evolution, figure.riseIs);
  const meaning = changeMeaning(figure.evolution, figure.riseIs);
  const toDate = figure.periodEnd.slice(5) !== '12-31';
  return (
    <Card
      component="article"
      aria-label={figure.label}
      variant="outlined"
      sx={{
        height: '100%',
        borderColor: updated ? 'warning.main' : selected ? 'primary.main' : undefined,
        borderWidth: updated || selected ? 2 : 1,
        transition: 'border-color 0.3s',
      }}
    >
      <CardActionArea onClick={onSelect} aria-pressed={selected} sx={{ p: 1.5, pb: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, minHeight: 40 }}>
          {figure.label}
        </Typography>
      </CardActionArea>
      <Box sx={{ px: 1.5, pb: 1.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          {onDrill && figure.value != null && figure.drillable ? (
            <Link
              component="button"
              variant="h5"
              underline="hover"
              onClick={onDrill}
              title="Voir les enregistrements"
              data-testid="indicator-value"
            >
              {value}
            </Link>
          ) : (
            <Typography variant="h5" component="p" data-testid="indicator-value">
              {value}
            </Typography>
          )}
          {updated && <Chip size="small" color="warning" label="mis à jour" role="status" />}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="p">
          {toDate ? `au ${formatDay(figure.periodEnd)}` : `année ${figure.year}`} — {figure.year - 1}
          {toDate ? ` au ${formatDay(figure.previousPeriodEnd)}` : ''} :{' '}
          {formatIndicatorValue(figure.previousValue, figure.unit)}
          {figure.previousValueDeclared ? ' (déclaré)' : ''}
        </Typography>
        <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
          {figure.evolution != null && (
            <Chip
              size="small"
              color={color}
              label={`${formatEvolution(figure.evolution)}${meaning ? ` ${meaning}` : ''}`}
              data-testid="indicator-change"
            />
          )}
          {figure.kind === 'DECLARED' && (
            <Tooltip title={figure.declaredSource ?? 'Valeur saisie par la direction'}>
              <Chip size="small" variant="outlined" label="déclaré" />
            </Tooltip>
          )}
        </Stack>
      </Box>
    </Card>
  );
}
