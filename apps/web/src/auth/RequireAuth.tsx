import { Alert, Box, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@call/domain';
import { errorMessage } from '../shared/graphql-errors';
import { useMe } from './useMe';

/**
 * Sends an anonymous visitor to /connexion, remembering where they were going; a user whose password is
 * temporary goes to /mot-de-passe (the API refuses everything else until it is changed).
 */
export function RequireAuth({
  children,
  roles,
  allowTemporary = false,
}: {
  children: ReactNode;
  roles?: readonly Role[];
  allowTemporary?: boolean;
}) {
  const { me, loading, error } = useMe();
  const location = useLocation();
  if (loading) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', mt: 8 }}>
        <CircularProgress aria-label="Chargement" />
      </Box>
    );
  }
  if (error && !me)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {errorMessage(error)}
      </Alert>
    );
  if (!me) return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword && !allowTemporary) return <Navigate to="/mot-de-passe" replace />;
  if (roles && !roles.includes(me.role)) {
    return (
      <Alert severity="warning" sx={{ m: 2 }}>
        Vous n'avez pas accès à cette page.
      </Alert>
    );
  }
  return <>{children}</>;
}
