import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Stack } from '@mui/material';
import { DIRECTORATES, ROLE_LABELS, type DirectorateKey, type Role } from '@call/domain';
import { Controller, useFormContext } from 'react-hook-form';
import { SelectInput, TextInput } from '../../shared/kit';

export interface UserFormValues {
  login: string;
  displayName: string;
  password: string;
  role: Role;
  directorates: DirectorateKey[];
}

export const USER_FORM_FIELDS = ['login', 'displayName', 'password', 'role', 'directorates'] as const;

/** The body of the user form, shared by creation and edition (where the login cannot change). */
export function UserInputs({
  withPassword = true,
  loginReadOnly = false,
}: {
  withPassword?: boolean;
  loginReadOnly?: boolean;
}) {
  const { control, watch } = useFormContext<UserFormValues>();
  const role = watch('role');
  const needsDirectorates = role === 'AGENT' || role === 'DIRECTOR';
  return (
    <Stack spacing={2}>
      <TextInput<UserFormValues>
        name="displayName"
        label="Nom affiché"
        requiredMessage="Veuillez saisir le nom affiché."
      />
      <TextInput<UserFormValues>
        name="login"
        label="Identifiant"
        autoComplete="off"
        requiredMessage="Veuillez saisir l'identifiant."
        slotProps={{ htmlInput: { readOnly: loginReadOnly } }}
      />
      {withPassword && (
        <TextInput<UserFormValues>
          name="password"
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          requiredMessage="Veuillez saisir un mot de passe."
        />
      )}
      <SelectInput<UserFormValues>
        name="role"
        label="Rôle"
        choices={ROLE_LABELS}
        requiredMessage="Veuillez choisir un rôle."
      />
      {needsDirectorates && (
        <Controller
          name="directorates"
          control={control}
          rules={{ validate: (v) => v.length > 0 || 'Veuillez choisir au moins une direction.' }}
          render={({ field, fieldState }) => (
            <FormControl error={!!fieldState.error} component="fieldset">
              <FormLabel component="legend">Directions</FormLabel>
              <FormGroup>
                {DIRECTORATES.map((d) => (
                  <FormControlLabel
                    key={d.key}
                    label={d.label}
                    control={
                      <Checkbox
                        checked={field.value.includes(d.key)}
                        onChange={(e) =>
                          field.onChange(
                            e.target.checked ? [...field.value, d.key] : field.value.filter((k) => k !== d.key),
                          )
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
      )}
    </Stack>
  );
}
