import { Alert, Box, Button, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type Path, type UseFormReturn, type UseFormSetError } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { applyServerErrors } from '../graphql-errors';
import { useNotify } from './Feedback';
import { ActionCancelled } from './useConfirm';

export interface FormShellProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Sends the values; may return where to go next (a create page redirects to what it created). */
  onSubmit: (values: T) => Promise<string | void>;
  /** Fields the server may name in `extensions.field`: its errors go under them, the rest in an alert. */
  serverFields: readonly Path<T>[];
  /** Server field names that differ from the form's (`captureCents` typed as `capture` in euros). */
  serverFieldAliases?: Readonly<Record<string, Path<T>>>;
  /** The short confirmation shown after a successful save. */
  success?: string | ((values: T) => string);
  submitLabel: string;
  /** Where "Annuler" leads; no cancel button without it. */
  cancelTo?: string;
  /** The accessible name of the form. */
  label: string;
  /** After a save that stays on the page (a new tariff, a new act): back to the defaults, or to given values. */
  resetAfterSave?: boolean | ((values: T) => T);
  /** After a save that stays on the page: e.g. the focus back on the first field for the next entry. */
  afterSave?: () => void;
  /** "outlined" for a secondary form inside a page. */
  submitVariant?: 'contained' | 'outlined';
  children: ReactNode;
}

/**
 * The scaffolding every form rewrote: the form element, submit state, server errors placed on their fields (the
 * rest in an alert above), a confirmation, and the redirect of a create page.
 */
export function FormShell<T extends FieldValues>({
  form,
  onSubmit,
  serverFields,
  serverFieldAliases = {},
  success,
  submitLabel,
  cancelTo,
  label,
  resetAfterSave = false,
  afterSave,
  submitVariant = 'contained',
  children,
}: FormShellProps<T>) {
  const navigate = useNavigate();
  const notify = useNotify();
  const [serverError, setServerError] = useState<string | null>(null);
  const setError: UseFormSetError<T> = (name, error, options) =>
    form.setError(serverFieldAliases[name] ?? name, error, options);
  const submit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      const next = await onSubmit(values);
      if (success) notify(typeof success === 'function' ? success(values) : success);
      if (typeof resetAfterSave === 'function') form.reset(resetAfterSave(values));
      else if (resetAfterSave) form.reset();
      afterSave?.();
      if (next) await navigate(next);
    } catch (error) {
      // the user declined a confirmation: nothing was sent, nothing to say
      if (error instanceof ActionCancelled) return;
      const fields = [...serverFields, ...(Object.keys(serverFieldAliases) as Path<T>[])];
      setServerError(applyServerErrors(error, setError, fields));
    }
  });
  return (
    <FormProvider {...form}>
      <Box component="form" noValidate onSubmit={submit} aria-label={label}>
        <Stack spacing={3}>
          {serverError && <Alert severity="error">{serverError}</Alert>}
          {children}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant={submitVariant} loading={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
            {cancelTo && (
              <Button component={Link} to={cancelTo}>
                Annuler
              </Button>
            )}
          </Stack>
        </Stack>
      </Box>
    </FormProvider>
  );
}
