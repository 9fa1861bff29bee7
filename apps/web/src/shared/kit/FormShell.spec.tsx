import './test-polyfills';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { MemoryRouter, Route, Routes } from 'react-router';
import { FeedbackProvider } from './Feedback';
import { FormShell } from './FormShell';
import { MoneyInput } from './DecimalInput';
import { TextInput } from './TextInput';

type Values = { login: string; capture: number | null };

const serverError = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

function Shell({ onSubmit }: { onSubmit: (v: Values) => Promise<string | void> }) {
  const form = useForm<Values>({ defaultValues: { login: 'jdupont', capture: 82.5 } });
  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      serverFields={['login', 'capture']}
      serverFieldAliases={{ captureCents: 'capture' }}
      success="Utilisateur créé."
      submitLabel="Créer"
      label="Nouvel utilisateur"
    >
      <TextInput<Values> name="login" label="Identifiant" />
      <MoneyInput<Values> name="capture" label="Capture (€)" />
    </FormShell>
  );
}

function renderShell(onSubmit: (v: Values) => Promise<string | void>) {
  render(
    <FeedbackProvider>
      <MemoryRouter initialEntries={['/nouveau']}>
        <Routes>
          <Route path="/nouveau" element={<Shell onSubmit={onSubmit} />} />
          <Route path="/liste" element={<p>La liste</p>} />
        </Routes>
      </MemoryRouter>
    </FeedbackProvider>,
  );
}

describe('FormShell', () => {
  it('should put the server errors under the fields they name, aliases included, and keep the form', async () => {
    const onSubmit = jest.fn().mockRejectedValue(
      serverError([
        {
          message: 'Identifiant : déjà utilisé par un autre compte.',
          extensions: { code: 'CONFLICT', field: 'input.login' },
        },
        {
          message: 'Capture et transport : doit être positif.',
          extensions: { code: 'BAD_USER_INPUT', field: 'captureCents' },
        },
      ]),
    );
    renderShell(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByText('Identifiant : déjà utilisé par un autre compte.')).toBeInTheDocument();
    expect(screen.getByText('Capture et transport : doit être positif.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Identifiant' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Capture (€)' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledWith({ login: 'jdupont', capture: 82.5 });
  });

  it('should show an error that names no field of the form above it', async () => {
    renderShell(
      jest
        .fn()
        .mockRejectedValue(
          serverError([{ message: 'Vous n’avez pas accès à cette direction.', extensions: { code: 'FORBIDDEN' } }]),
        ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous n’avez pas accès à cette direction.');
  });

  it('should confirm a save and go where the create page says', async () => {
    renderShell(jest.fn().mockResolvedValue('/liste'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByText('La liste')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Utilisateur créé.');
  });
});
