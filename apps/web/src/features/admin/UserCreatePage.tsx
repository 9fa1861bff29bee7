import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { applyServerErrors } from '../../shared/graphql-errors';
import { CreateUserMutation } from './graphql/create-user.mutation';
import { UsersQuery } from './graphql/users.query';
import { USER_FORM_FIELDS, UserInputs, type UserFormValues } from './UserInputs';

export function UserCreatePage() {
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const [createUser] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const form = useForm<UserFormValues>({
    defaultValues: { login: '', displayName: '', password: '', role: 'AGENT', directorates: [] },
  });

  const submit = form.handleSubmit(async (values) => {
    setServerError(null);
    // DGS and administrators are not attached to directorates
    const directorates = values.role === 'AGENT' || values.role === 'DIRECTOR' ? values.directorates : [];
    try {
      await createUser({ variables: { input: { ...values, directorates } } });
      navigate('/administration');
    } catch (error) {
      setServerError(applyServerErrors(error, form.setError, USER_FORM_FIELDS));
    }
  });

  return (
    <Stack spacing={3} sx={{ maxWidth: 640 }}>
      <Typography variant="h4" component="h1">
        Nouvel utilisateur
      </Typography>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormProvider {...form}>
          <Box component="form" noValidate onSubmit={submit} aria-label="Nouvel utilisateur">
            <Stack spacing={2}>
              {serverError && <Alert severity="error">{serverError}</Alert>}
              <UserInputs />
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
                  Créer
                </Button>
                <Button component={Link} to="/administration">
                  Annuler
                </Button>
              </Stack>
            </Stack>
          </Box>
        </FormProvider>
      </Paper>
    </Stack>
  );
}
