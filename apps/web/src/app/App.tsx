import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { fr } from 'date-fns/locale/fr';
import { Suspense, useState } from 'react';
import { RouterProvider } from 'react-router';
import { FeedbackProvider } from '../shared/kit';
import { createApolloClient } from './apollo-client';
import { PageFallback } from './AppLayout';
import { createRouter } from './router';
import { theme } from './theme';

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <ApolloProvider client={client}>
      <ThemeProvider theme={theme}>
        <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={fr}>
          <CssBaseline />
          <FeedbackProvider>
            <Suspense fallback={<PageFallback />}>
              <RouterProvider router={router} />
            </Suspense>
          </FeedbackProvider>
        </LocalizationProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
