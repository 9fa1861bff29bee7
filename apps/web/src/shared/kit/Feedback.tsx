import { Alert, Snackbar, type AlertColor } from '@mui/material';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Notify = (message: string, severity?: AlertColor) => void;

// without a provider (a component rendered alone in a test) a confirmation is simply not shown
const FeedbackContext = createContext<Notify>(() => undefined);

/** The short confirmation after an action; above the router, so it survives the redirect that follows a save. */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<{ message: string; severity: AlertColor; at: number } | null>(null);
  const notify = useCallback<Notify>((message, severity = 'success') => {
    setCurrent({ message, severity, at: Date.now() });
  }, []);
  return (
    <FeedbackContext.Provider value={notify}>
      {children}
      <Snackbar
        key={current?.at}
        open={!!current}
        autoHideDuration={5000}
        onClose={(_, reason) => reason !== 'clickaway' && setCurrent(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      >
        <Alert severity={current?.severity ?? 'success'} variant="filled" onClose={() => setCurrent(null)}>
          {current?.message}
        </Alert>
      </Snackbar>
    </FeedbackContext.Provider>
  );
}

export const useNotify = (): Notify => useContext(FeedbackContext);
