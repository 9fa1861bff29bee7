import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Container, Paper, Stack, TextField, Typography } from '@mui/material';
import { PASSWORD_RULE_TEXT, passwordProblem } from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { applyServerErrors } from '../shared/graphql-errors';
import { ChangeMyPasswordMutation } from './graphql/change-my-password.mutation';
import { useMe } from './useMe';
import { useSignOut } from './useSignOut';
import { usePageTitle } from '../shared/kit';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Asked by the user from their menu, or imposed after an administrator's reset (temporary password). */
export function ChangePasswordPage() {
  const { me } = useMe();
  const navigate = useNavigate();
  const { signOut } = useSignOut();
  usePageTitle('Changer mon mot de passe');
  const [change] = useMutation(ChangeMyPasswordMutation);
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { currentPassword: '', newPassword: '', confirmation: '' } });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  if (!me) return null;
  const imposed = me.mustChangePassword;

  const submit = form.handleSubmit(async (v) => {
    setServerError(null);
    try {
      await change({ variables: { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } } });
      void navigate('/', { replace: true });
    } catch (e) {
      setServerError(applyServerErrors(e, form.setError, FIELDS));
    }
  });

  return (
    <Container maxWidth="sm">
      <Box sx={{ mt: 10 }}>
        <Paper sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" gutterBottom>
            Changer mon mot de passe
          </Typography>
          {imposed && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              Votre mot de passe a été réinitialisé par un administrateur : choisissez-en un nouveau pour continuer.
            </Alert>
          )}
          <Box component="form" noValidate onSubmit={submit} aria-label="Changer mon mot de passe">
            <Stack spacing={2}>
              {serverError && <Alert severity="error">{serverError}</Alert>}
              <TextField
                label={imposed ? 'Mot de passe temporaire' : 'Mot de passe actuel'}
                type="password"
                autoComplete="current-password"
                autoFocus
                {...register('currentPassword', { required: 'Saisissez votre mot de passe actuel.' })}
                error={!!errors.currentPassword}
                helperText={errors.currentPassword?.message}
              />
              <TextField
                label="Nouveau mot de passe"
                type="password"
                autoComplete="new-password"
                {...register('newPassword', { validate: (p) => passwordProblem(p, me.login) ?? true })}
                error={!!errors.newPassword}
                helperText={errors.newPassword?.message ?? PASSWORD_RULE_TEXT}
              />
              <TextField
                label="Confirmation du nouveau mot de passe"
                type="password"
                autoComplete="new-password"
                {...register('confirmation', {
                  validate: (c, v) => c === v.newPassword || 'Les deux saisies diffèrent.',
                })}
                error={!!errors.confirmation}
                helperText={errors.confirmation?.message}
              />
              <Stack direction="row" spacing={2}>
                <Button type="submit" variant="contained" loading={isSubmitting}>
                  Enregistrer
                </Button>
                {imposed ? (
                  <Button onClick={() => void signOut()}>Se déconnecter</Button>
                ) : (
                  <Button component={Link} to="/">
                    Annuler
                  </Button>
                )}
              </Stack>
            </Stack>
          </Box>
        </Paper>
      </Box>
    </Container>
  );
}
