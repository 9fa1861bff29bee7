import type { ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues } from 'react-hook-form';

/** A bare react-hook-form form around kit inputs, for their unit tests. */
export function TestForm<T extends FieldValues>({
  defaultValues,
  onSubmit,
  children,
}: {
  defaultValues: DefaultValues<T>;
  onSubmit: (values: T) => void;
  children: ReactNode;
}) {
  const form = useForm<T>({ defaultValues });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
        {children}
        <button type="submit">Valider</button>
      </form>
    </FormProvider>
  );
}
