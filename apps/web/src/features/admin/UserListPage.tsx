import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mui/material';
import { directorateLabel, ROLE_LABELS } from '@call/domain';
import { Link } from 'react-router';
import type { UsersQuery as UsersResult } from '../../gql/graphql';
import { DataTable, ErrorState, PageHeader, type Column } from '../../shared/kit';
import { UsersQuery } from './graphql/users.query';

type Row = UsersResult['users'][number];

const COLUMNS: Column<Row>[] = [
  {
    id: 'name',
    label: 'Nom',
    alwaysShown: true,
    sortValue: (u) => u.displayName,
    render: (u) => <Link to={`/administration/utilisateurs/${u.id}`}>{u.displayName}</Link>,
  },
  { id: 'login', label: 'Identifiant', sortValue: (u) => u.login, render: (u) => u.login },
  { id: 'role', label: 'Rôle', sortValue: (u) => ROLE_LABELS[u.role], render: (u) => ROLE_LABELS[u.role] },
  {
    id: 'directorates',
    label: 'Directions',
    render: (u) => u.directorates.map(directorateLabel).join(', ') || '—',
  },
  {
    id: 'state',
    label: 'État',
    render: (u) => (u.active ? (u.mustChangePassword ? 'Mot de passe temporaire' : 'Actif') : 'Désactivé'),
  },
];

export function UserListPage() {
  const { data, loading, error, refetch } = useQuery(UsersQuery);
  return (
    <Stack spacing={3}>
      <PageHeader
        title="Utilisateurs"
        actions={
          <>
            <Button component={Link} to="/administration/donnees-personnelles">
              Données personnelles
            </Button>
            <Button component={Link} to="/administration/adhesions">
              Adhésions des communes
            </Button>
            <Button component={Link} to="/administration/utilisateurs/nouveau" variant="contained">
              Nouvel utilisateur
            </Button>
          </>
        }
      />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable<Row>
        id="users"
        label="Utilisateurs"
        columns={COLUMNS}
        rows={data?.users}
        rowKey={(u) => u.id}
        loading={loading}
        empty="Aucun utilisateur."
      />
    </Stack>
  );
}
