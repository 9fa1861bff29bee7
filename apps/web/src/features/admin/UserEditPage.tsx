import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { applyServerErrors, errorMessage } from '../../shared/graphql-errors';
import { useNotify } from '../../shared/kit';
import { UpdateUserMutation } from './graphql/user-accounts.mutations';
import { UsersQuery } from './graphql/users.query';
import { UserAccountActions } from './UserAccountActions';
import { USER_FORM_FIELDS, UserInputs, type UserFormValues } from './UserInputs';
import { usePageTitle } from '../../shared/kit';

/** Name, role and directorate of a user; below, the account's state and its password reset. */
export function UserEditPage() {
  const { id } = useParams();
  const { data, loading, error } = useQuery(UsersQuery);
  const user = data?.users.find((u) => u.id === id);
  usePageTitle(user ? `${user.displayName} · utilisateur` : 'Utilisateur');
  if (loading && !data) return <Typography>Chargement…</Typography>;
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if (!user) return <Alert severity="warning">Utilisateur introuvable.</Alert>;
  return (
    <Stack spacing={3} sx={{ maxWidth: 640 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {user.displayName}
        </Typography>
        {!user.active && <Chip label="Désactivé" color="default" />}
        {user.mustChangePassword && <Chip label="Mot de passe temporaire" color="warning" />}
      </Stack>
      <UserEditForm key={user.id} user={user} />
      <UserAccountActions user={user} />
    </Stack>
  );
}

function UserEditForm({ user }: { user: Omit<UserFormValues, 'password'> & { id: string } }) {
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const notify = useNotify();
  // the users list is fetched again when shown; the active one now
  const [update] = useMutation(UpdateUserMutation, { refetchQueries: ['Users'] });
  const form = useForm<UserFormValues>({
    defaultValues: {
      login: user.login,
      displayName: user.displayName,
      password: '',
      role: user.role,
      directorates: user.directorates,
    },
  });
  const submit = form.handleSubmit(async (v) => {
    setServerError(null);
    const directorates = v.role === 'AGENT' || v.role === 'DIRECTOR' ? v.directorates : [];
    try {
      await update({ variables: { id: user.id, input: { displayName: v.displayName, role: v.role, directorates } } });
      notify(`Utilisateur ${v.displayName} enregistré.`);
      void navigate('/administration');
    } catch (e) {
      setServerError(applyServerErrors(e, form.setError, USER_FORM_FIELDS));
    }
  });
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <FormProvider {...form}>
        <Box component="form" noValidate onSubmit={submit} aria-label="Modifier l’utilisateur">
          <Stack spacing={2}>
            {serverError && <Alert severity="error">{serverError}</Alert>}
            <UserInputs withPassword={false} loginReadOnly />
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
                Enregistrer
              </Button>
              <Button component={Link} to="/administration">
                Annuler
              </Button>
            </Stack>
          </Stack>
        </Box>
      </FormProvider>
    </Paper>
  );
}
