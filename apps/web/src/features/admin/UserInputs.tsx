import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DIRECTORATES, ROLE_LABELS, ROLES, type DirectorateKey, type Role } from '@call/domain';
import { Controller, useFormContext } from 'react-hook-form';

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
  const {
    register,
    control,
    watch,
    formState: { errors },
  } = useFormContext<UserFormValues>();
  const role = watch('role');
  const needsDirectorates = role === 'AGENT' || role === 'DIRECTOR';
  return (
    <Stack spacing={2}>
      <TextField
        label="Nom affiché"
        {...register('displayName', { required: 'Veuillez saisir le nom affiché.' })}
        error={!!errors.displayName}
        helperText={errors.displayName?.message}
      />
      <TextField
        label="Identifiant"
        autoComplete="off"
        {...register('login', { required: "Veuillez saisir l'identifiant." })}
        slotProps={{ htmlInput: { readOnly: loginReadOnly } }}
        error={!!errors.login}
        helperText={errors.login?.message}
      />
      {withPassword && (
        <TextField
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          {...register('password', { required: 'Veuillez saisir un mot de passe.' })}
          error={!!errors.password}
          helperText={errors.password?.message}
        />
      )}
      <Controller
        name="role"
        control={control}
        rules={{ required: 'Veuillez choisir un rôle.' }}
        render={({ field, fieldState }) => (
          <TextField select label="Rôle" {...field} error={!!fieldState.error} helperText={fieldState.error?.message}>
            {ROLES.map((r) => (
              <MenuItem key={r} value={r}>
                {ROLE_LABELS[r]}
              </MenuItem>
            ))}
          </TextField>
        )}
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
