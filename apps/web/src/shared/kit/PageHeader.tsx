import { Stack, Typography } from '@mui/material';
import { useEffect, type ReactNode } from 'react';

/** The browser tab's title, one per page: what a screen-reader user hears first (RGAA 8.6). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — CALL`;
  }, [title]);
}

/** The title of a page (its h1, and the browser tab's title) with the page's actions beside it. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack
      direction="row"
      sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
      component="header"
    >
      <div>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="text.secondary">
            {subtitle}
          </Typography>
        )}
      </div>
      {actions && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
