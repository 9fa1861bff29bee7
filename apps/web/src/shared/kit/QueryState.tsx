import { Alert, Box, Button, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { errorMessage } from '../graphql-errors';

function LoadingState({ label = 'Chargement' }: { label?: string }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
      <CircularProgress aria-label={label} />
    </Box>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Réessayer
          </Button>
        )
      }
    >
      {errorMessage(error)}
    </Alert>
  );
}

/** A query's three states: a spinner the first time, the French error, or the page built from the data. */
export function QueryState<D>({
  data,
  loading,
  error,
  onRetry,
  children,
}: {
  data: D | undefined;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  children: (data: D) => ReactNode;
}) {
  if (data !== undefined && data !== null) return <>{children(data)}</>;
  if (loading) return <LoadingState />;
  return <ErrorState error={error} onRetry={onRetry} />;
}
