import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DecimalInput, MoneyInput } from './DecimalInput';
import { parseDecimal } from './decimal';
import { TestForm } from './test-form';

type Values = { weight: number | null };

function renderDecimal(weight: number | null = null, money = false) {
  const onSubmit = jest.fn();
  const Input = money ? MoneyInput<Values> : DecimalInput<Values>;
  render(
    <TestForm<Values> defaultValues={{ weight }} onSubmit={onSubmit}>
      <Input name="weight" label="Poids PC" min={0} />
    </TestForm>,
  );
  return { onSubmit, input: screen.getByRole('textbox', { name: 'Poids PC' }) };
}

describe('parseDecimal', () => {
  it.each([
    ['0,45', 0.45],
    ['0.45', 0.45],
    ['1 234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    [',5', 0.5],
    ['', null],
  ])('should read %s as %s', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['quarante', '1,2,3', '12a'])('should not read %s as a number', (text) =>
    expect(parseDecimal(text)).toBeNaN(),
  );
});

describe('DecimalInput', () => {
  it('should keep "0,45" as typed and store 0.45', async () => {
    const { onSubmit, input } = renderDecimal();
    await userEvent.type(input, '0,45');
    expect(input).toHaveValue('0,45');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onSubmit).toHaveBeenCalledWith({ weight: 0.45 }, expect.anything());
  });

  it('should show a stored number with a comma', () => {
    const { input } = renderDecimal(1.1);
    expect(input).toHaveValue('1,1');
  });

  it('should refuse a text that is not a number, naming the field', async () => {
    const { onSubmit, input } = renderDecimal();
    await userEvent.type(input, 'un virgule deux');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(
      await screen.findByText('Poids PC : saisissez un nombre, avec une virgule pour les décimales (ex. 0,45).'),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should refuse a negative number below the minimum', async () => {
    const { onSubmit, input } = renderDecimal();
    await userEvent.type(input, '-1');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Poids PC : doit être au moins 0.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should refuse more than two decimals in an amount in euros', async () => {
    const { onSubmit, input } = renderDecimal(null, true);
    await userEvent.type(input, '12,345');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Poids PC : au plus 2 chiffres après la virgule.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
