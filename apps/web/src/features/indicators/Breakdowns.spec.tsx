import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Breakdowns } from './Breakdowns';

const months = Array.from({ length: 12 }, (_, i) => ({ member: String(i + 1), label: `mois ${i + 1}`, value: i + 1 }));
const breakdowns = [
  { dimension: 'month', label: 'Par mois', items: months },
  { dimension: 'type', label: 'Par type', items: [{ member: 'PC', label: 'Permis de construire', value: 7 }] },
];

describe('Breakdowns', () => {
  it('should show the first rows, then all of them on demand', async () => {
    render(<Breakdowns breakdowns={breakdowns} unit="count" />);
    const table = screen.getByRole('table', { name: 'Par mois' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    await userEvent.click(screen.getByRole('button', { name: 'Afficher les 12 lignes' }));
    expect(within(screen.getByRole('table', { name: 'Par mois' })).getAllByRole('row')).toHaveLength(1 + 12);
  });

  it('should switch breakdown with the tabs and drill into the chosen dimension', async () => {
    const onSelect = jest.fn();
    render(<Breakdowns breakdowns={breakdowns} unit="count" onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Par type' }));
    await userEvent.click(screen.getByText('Permis de construire'));
    expect(onSelect).toHaveBeenCalledWith('type', 'PC', 'Permis de construire');
  });
});
