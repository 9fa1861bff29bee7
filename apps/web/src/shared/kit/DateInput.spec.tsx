import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateInput } from './DateInput';
import { TestForm } from './test-form';

type Values = { day: string };

function renderDate(props: Partial<Parameters<typeof DateInput<Values>>[0]> = {}, day = '') {
  const onSubmit = jest.fn();
  render(
    <TestForm<Values> defaultValues={{ day }} onSubmit={onSubmit}>
      <DateInput<Values> name="day" label="Date de dépôt" required {...props} />
    </TestForm>,
  );
  return { onSubmit, input: screen.getByRole('textbox', { name: /Date de dépôt/ }) };
}

describe('DateInput', () => {
  it('should store 2023-12-31 when 31/12/2023 is typed, slashes or not', async () => {
    const { onSubmit, input } = renderDate();
    await userEvent.type(input, '31122023');
    expect(input).toHaveValue('31/12/2023');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onSubmit).toHaveBeenCalledWith({ day: '2023-12-31' }, expect.anything());

    await userEvent.clear(input);
    await userEvent.type(input, '01/02/2024');
    expect(input).toHaveValue('01/02/2024');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ day: '2024-02-01' }, expect.anything());
  });

  it('should show a stored day the French way', () => {
    const { input } = renderDate({}, '2026-03-09');
    expect(input).toHaveValue('09/03/2026');
  });

  it.each([
    ['31/12/2101', 'Date de dépôt : la date doit être le 31/12/2100 ou avant.'],
    ['31/12/1899', 'Date de dépôt : la date doit être le 01/01/1900 ou après.'],
    ['31/02/2023', 'Date de dépôt : date invalide, saisissez-la au format jj/mm/aaaa.'],
    ['3112202', 'Date de dépôt : date invalide, saisissez-la au format jj/mm/aaaa.'],
  ])('should refuse %s with a French message naming the field', async (typed, message) => {
    const { onSubmit, input } = renderDate();
    await userEvent.type(input, typed);
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should refuse a day after today when the date may not be in the future', async () => {
    const { onSubmit, input } = renderDate({ notFuture: true });
    await userEvent.type(input, '01/01/2099');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Date de dépôt : la date ne peut pas être dans le futur.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should ask for a required date left empty', async () => {
    const { onSubmit } = renderDate();
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Date de dépôt : veuillez saisir une date.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should let a day be picked on the French calendar', async () => {
    const { onSubmit, input } = renderDate({}, '2024-05-10');
    await userEvent.click(screen.getByRole('button', { name: 'Choisir une date' }));
    expect(await screen.findByText('mai 2024')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('gridcell', { name: '21' }));
    expect(input).toHaveValue('21/05/2024');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onSubmit).toHaveBeenCalledWith({ day: '2024-05-21' }, expect.anything());
  });
});
