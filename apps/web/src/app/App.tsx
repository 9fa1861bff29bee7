import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
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
        <CssBaseline />
        <FeedbackProvider>
          <Suspense fallback={<PageFallback />}>
            <RouterProvider router={router} />
          </Suspense>
        </FeedbackProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
