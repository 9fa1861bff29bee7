import { useApolloClient, useMutation } from '@apollo/client/react';
import { Box, Container, Paper, Typography } from '@mui/material';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { applyServerErrors } from '../shared/graphql-errors';
import { LoginMutation } from './graphql/login.mutation';
import { MeQuery } from './graphql/me.query';
import { SIGN_IN_FIELDS, SignInForm } from './SignInForm';
import { useMe } from './useMe';
import { usePageTitle } from '../shared/kit';

export function SignInPage() {
  const { me } = useMe();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [login] = useMutation(LoginMutation);
  usePageTitle('Connexion');

  if (me) return <Navigate to={from} replace />;

  return (
    <Container maxWidth="xs">
      <Box sx={{ mt: 10 }}>
        <Paper sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" gutterBottom>
            Connexion
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            Back-office de la Communauté d'Agglomération de Lens-Liévin
          </Typography>
          <SignInForm
            onSubmit={async (values, setError) => {
              try {
                const { data } = await login({ variables: { input: values } });
                if (data) {
                  await client.clearStore();
                  client.writeQuery({ query: MeQuery, data: { me: data.login } });
                  void navigate(from, { replace: true });
                }
                return null;
              } catch (error) {
                return applyServerErrors(error, setError, SIGN_IN_FIELDS);
              }
            }}
          />
        </Paper>
      </Box>
    </Container>
  );
}
