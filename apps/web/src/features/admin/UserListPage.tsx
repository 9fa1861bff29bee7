import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { directorateLabel, ROLE_LABELS } from '@call/domain';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/graphql-errors';
import { UsersQuery } from './graphql/users.query';

export function UserListPage() {
  const { data, loading, error } = useQuery(UsersQuery);
  return (
    <Stack spacing={3}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          Utilisateurs
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button component={Link} to="/administration/donnees-personnelles">
            Données personnelles
          </Button>
          <Button component={Link} to="/administration/adhesions">
            Adhésions des communes
          </Button>
          <Button component={Link} to="/administration/utilisateurs/nouveau" variant="contained">
            Nouvel utilisateur
          </Button>
        </Stack>
      </Stack>
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Utilisateurs">
          <TableHead>
            <TableRow>
              <TableCell>Nom</TableCell>
              <TableCell>Identifiant</TableCell>
              <TableCell>Rôle</TableCell>
              <TableCell>Directions</TableCell>
              <TableCell>État</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {loading && !data && (
              <TableRow>
                <TableCell colSpan={5}>Chargement…</TableCell>
              </TableRow>
            )}
            {data?.users.map((u) => (
              <TableRow key={u.id}>
                <TableCell>
                  <Link to={`/administration/utilisateurs/${u.id}`}>{u.displayName}</Link>
                </TableCell>
                <TableCell>{u.login}</TableCell>
                <TableCell>{ROLE_LABELS[u.role]}</TableCell>
                <TableCell>{u.directorates.map(directorateLabel).join(', ') || '—'}</TableCell>
                <TableCell>
                  {u.active ? (u.mustChangePassword ? 'Mot de passe temporaire' : 'Actif') : 'Désactivé'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
