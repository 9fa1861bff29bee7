import { Box, Card, CardContent, Chip, Link, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatEvolution, formatIndicatorValue } from '../../shared/format';
import { changeColor } from '../../shared/rise';
import { Breakdowns } from './Breakdowns';
import type { DrillTarget, IndicatorView } from './types';

interface Props {
  indicator: IndicatorView;
  /** Opens the records behind the figure; absent when the indicator is not drillable. */
  onDrill?: (target: DrillTarget) => void;
  /** The inline declaration form, for DECLARED indicators the user may declare. */
  declareSlot?: ReactNode;
}

/** Presentational: shows the figures the server computed, never computes one. */
export function IndicatorCard({ indicator, onDrill, declareSlot }: Props) {
  const drill = indicator.drillable ? onDrill : undefined;
  const value = formatIndicatorValue(indicator.value, indicator.unit);
  // green when the change is good news: a rise of tacit decisions is not
  const evolutionColor = changeColor(indicator.evolution, indicator.riseIs);

  return (
    <Card component="article" aria-label={indicator.label} sx={{ height: '100%' }}>
      <CardContent>
        <Stack spacing={1.5}>
          <Box>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
              {indicator.label}
            </Typography>
            {indicator.description && (
              <Typography variant="body2" color="text.secondary">
                {indicator.description}
              </Typography>
            )}
          </Box>
          <Box>
            {drill && indicator.value != null ? (
              <Link
                component="button"
                variant="h4"
                underline="hover"
                onClick={() => drill({ indicator })}
                title="Voir les enregistrements"
                data-testid="indicator-value"
              >
                {value}
              </Link>
            ) : (
              <Typography variant="h4" component="p" data-testid="indicator-value">
                {value}
              </Typography>
            )}
            {indicator.value == null && (
              <Typography variant="body2" color="text.secondary">
                {indicator.kind === 'DECLARED' ? 'Valeur non déclarée' : 'Aucune donnée'}
              </Typography>
            )}
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2" color="text.secondary">
              {indicator.year - 1} : {formatIndicatorValue(indicator.previousValue, indicator.unit)}
            </Typography>
            {indicator.evolution != null && (
              <Tooltip title={`Évolution par rapport à ${indicator.year - 1}`}>
                <Chip
                  size="small"
                  label={formatEvolution(indicator.evolution)}
                  color={evolutionColor}
                  variant="outlined"
                />
              </Tooltip>
            )}
            <Chip size="small" variant="outlined" label={indicator.kind === 'DECLARED' ? 'Déclaré' : 'Calculé'} />
          </Stack>
          {declareSlot}
          <Breakdowns
            breakdowns={indicator.breakdowns}
            unit={indicator.unit}
            onSelect={
              drill
                ? (dimension, member, memberLabel) => drill({ indicator, dimension, member, memberLabel })
                : undefined
            }
          />
        </Stack>
      </CardContent>
    </Card>
  );
}
