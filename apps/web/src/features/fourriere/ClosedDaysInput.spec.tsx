import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ClosedDaysInput } from './ClosedDaysInput';

function Harness({ initial = [] as string[], error }: { initial?: string[]; error?: string }) {
  const [days, setDays] = useState(initial);
  return <ClosedDaysInput value={days} onChange={setDays} error={error} />;
}

const typeDay = (day: string) => fireEvent.change(screen.getByLabelText('Jour à ajouter'), { target: { value: day } });
const listed = () => screen.queryAllByRole('listitem').map((c) => c.textContent);

describe('ClosedDaysInput', () => {
  it('should add a day with Enter, keep the list in calendar order and refuse a repeated day in French', async () => {
    render(<Harness initial={['2025-08-14']} />);
    typeDay('2025-03-14');
    fireEvent.keyDown(screen.getByLabelText('Jour à ajouter'), { key: 'Enter' });
    expect(listed()).toEqual(['14/03/2025', '14/08/2025']);
    typeDay('2025-08-14');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByText('Le 14/08/2025 figure déjà dans la liste.')).toBeInTheDocument();
    expect(listed()).toEqual(['14/03/2025', '14/08/2025']);
  });

  it('should remove a day from its chip and show the server error under the list', async () => {
    render(
      <Harness
        initial={['2025-03-14', '2025-08-14']}
        error="Jours de fermeture supplémentaires : le 14/03/2025 précède l’entrée en vigueur (01/06/2025)."
      />,
    );
    expect(screen.getByText(/précède l’entrée en vigueur/)).toBeInTheDocument();
    fireEvent.keyUp(screen.getByLabelText('Fermeture du 14/03/2025 (Suppr. pour retirer)'), { key: 'Delete' });
    expect(listed()).toEqual(['14/08/2025']);
  });
});
