import './test-polyfills';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { todayInFrance } from '../format';
import { ActionCancelled } from './useConfirm';
import { useBackdatedConfirm } from './useBackdatedConfirm';
import type { FigureChangeRow } from './FigureChanges';

function Harness({ date, changes }: { date: string; changes: () => Promise<readonly FigureChangeRow[]> }) {
  const { confirmBackdated, dialog } = useBackdatedConfirm();
  const [result, setResult] = useState('');
  const save = () =>
    confirmBackdated({ date, what: 'Tarif daté', changes }).then(
      (confirmed) => setResult(`confirmBackdated: ${confirmed}`),
      (e: unknown) => setResult(e instanceof ActionCancelled ? 'annulé' : 'erreur'),
    );
  return (
    <>
      <button onClick={() => void save()}>Enregistrer</button>
      <p>{result}</p>
      {dialog}
    </>
  );
}

const CHANGE = { indicatorKey: 'fourriere.fees', label: 'Frais encaissés', year: 2024, before: 12.5, after: 9 };

describe('useBackdatedConfirm', () => {
  it('should name the figures a setting of a published year changes, and send the confirmation once accepted', async () => {
    const changes = jest.fn().mockResolvedValue([CHANGE]);
    render(<Harness date="2024-01-01" changes={changes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tarif daté du 01/01/2024, dans une année déjà publiée' });
    expect(dialog).toHaveTextContent('Frais encaissés 2024 : 12,5 → 9');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et modifier ces chiffres' }));
    expect(await screen.findByText('confirmBackdated: true')).toBeInTheDocument();
  });

  it('should say when no published figure changes, and cancel the save when declined', async () => {
    render(<Harness date="2024-01-01" changes={() => Promise.resolve([])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText('Aucun chiffre publié ne change avec les données enregistrées.'),
    ).toBeInTheDocument();
    // nothing to rewrite: the button does not claim otherwise
    expect(screen.getByRole('button', { name: 'Enregistrer quand même' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await screen.findByText('annulé')).toBeInTheDocument();
  });

  it('should ask nothing for a date of this year', async () => {
    const changes = jest.fn();
    render(<Harness date={todayInFrance()} changes={changes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('confirmBackdated: false')).toBeInTheDocument();
    expect(changes).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
