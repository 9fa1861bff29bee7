import { Card, CardContent, Grid, Typography } from '@mui/material';
import { formatIndicatorValue } from '../../shared/format';

interface Figure {
  key: string;
  label: string;
  unit: string;
  value?: number | null;
  previousValue?: number | null;
  declared: boolean;
  source?: string | null;
  frozen: boolean;
}

/** The chapter's key figures as the report prints them (large type), live or frozen. */
export function ChapterFigures({ figures }: { figures: Figure[] }) {
  if (!figures.length) return <Typography color="text.secondary">Ce chapitre n’a pas de chiffres clés.</Typography>;
  return (
    <Grid container spacing={2} aria-label="Chiffres clés">
      {figures.map((f) => (
        <Grid key={f.key} size={{ xs: 12, sm: 6, md: 3 }}>
          <Card variant="outlined" data-indicator={f.key}>
            <CardContent>
              <Typography variant="h4" component="p">
                {formatIndicatorValue(f.value, f.unit)}
              </Typography>
              <Typography variant="body2">{f.label}</Typography>
              <Typography variant="caption" color="text.secondary">
                {f.previousValue != null && `l’an dernier : ${formatIndicatorValue(f.previousValue, f.unit)}`}
                {f.declared && ` · saisi${f.source ? ` (source : ${f.source})` : ' (source à préciser)'}`}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
