import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTimeInput } from './DateTimeInput';
import { TestForm } from './test-form';

type Values = { at: string };

function renderMoment(at = '') {
  const onSubmit = jest.fn();
  render(
    <TestForm<Values> defaultValues={{ at }} onSubmit={onSubmit}>
      <DateTimeInput<Values> name="at" label="Date d’entrée" timeLabel="Heure" required notFuture />
    </TestForm>,
  );
  return {
    onSubmit,
    day: screen.getByRole('textbox', { name: /Date d’entrée/ }),
    time: screen.getByRole('textbox', { name: /Heure/ }),
  };
}

describe('DateTimeInput', () => {
  it('should store a moment typed as 31/12/2023 and 1945 as 2023-12-31T19:45', async () => {
    const { onSubmit, day, time } = renderMoment();
    await userEvent.type(day, '31122023');
    await userEvent.type(time, '1945');
    expect(time).toHaveValue('19:45');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onSubmit).toHaveBeenCalledWith({ at: '2023-12-31T19:45' }, expect.anything());
  });

  it('should show a stored moment the French way', () => {
    const { day, time } = renderMoment('2026-03-09T07:05');
    expect(day).toHaveValue('09/03/2026');
    expect(time).toHaveValue('07:05');
  });

  it('should refuse an hour that does not exist and a day in the future', async () => {
    const { onSubmit, day, time } = renderMoment('2023-12-31T10:00');
    await userEvent.clear(time);
    await userEvent.type(time, '2500');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Heure : heure invalide, saisissez-la au format hh:mm.')).toBeInTheDocument();
    await userEvent.clear(time);
    await userEvent.type(time, '1000');
    await userEvent.clear(day);
    await userEvent.type(day, '01012099');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Date d’entrée : la date ne peut pas être dans le futur.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
