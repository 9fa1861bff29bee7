import { useMutation } from '@apollo/client/react';
import { Paper, Stack } from '@mui/material';
import { useForm } from 'react-hook-form';
import { FormShell, PageHeader } from '../../shared/kit';
import { CreateUserMutation } from './graphql/create-user.mutation';
import { UsersQuery } from './graphql/users.query';
import { USER_FORM_FIELDS, UserInputs, type UserFormValues } from './UserInputs';

const defaults: UserFormValues = { login: '', displayName: '', password: '', role: 'AGENT', directorates: [] };

// DGS and administrators are not attached to directorates
const toInput = (v: UserFormValues) => ({
  ...v,
  directorates: v.role === 'AGENT' || v.role === 'DIRECTOR' ? v.directorates : [],
});

export function UserCreatePage() {
  const [createUser] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const form = useForm<UserFormValues>({ defaultValues: defaults });
  return (
    <Stack spacing={3} sx={{ maxWidth: 640 }}>
      <PageHeader title="Nouvel utilisateur" />
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormShell
          form={form}
          label="Nouvel utilisateur"
          serverFields={USER_FORM_FIELDS}
          submitLabel="Créer"
          cancelTo="/administration"
          success={(v) => `Utilisateur ${v.displayName} créé.`}
          onSubmit={async (v) => {
            await createUser({ variables: { input: toInput(v) } });
            return '/administration';
          }}
        >
          <UserInputs />
        </FormShell>
      </Paper>
    </Stack>
  );
}
