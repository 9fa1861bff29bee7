import { Grid, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One labelled value of a record page; an empty value reads as a dash. */
export function RecordItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography>{children === null || children === undefined || children === '' ? '—' : children}</Typography>
    </Grid>
  );
}

/** A titled card of a record page, announced as a region for screen readers. */
export function RecordSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label={title}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {children}
      </Stack>
    </Paper>
  );
}
