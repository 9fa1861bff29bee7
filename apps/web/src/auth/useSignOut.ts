import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { LogoutMutation } from './graphql/logout.mutation';
import { MeQuery } from './graphql/me.query';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // forget everything the previous user could see, whatever the server answered
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: null } });
      void navigate('/connexion', { replace: true });
    }
  }, [client, logout, navigate]);
  return { signOut, loading };
}
