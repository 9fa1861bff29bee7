import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IndicatorCard } from './IndicatorCard';
import type { IndicatorView } from './types';

// fr-FR separates thousands with a narrow no-break space (U+202F) and puts one before units
const normalize = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

function indicator(overrides: Partial<IndicatorView> = {}): IndicatorView {
  return {
    key: 'ads.delai_moyen_instruction',
    label: "Délai moyen d'instruction",
    description: 'Du dépôt complet à la décision',
    unit: 'days',
    directorate: 'ads',
    version: 1,
    kind: 'COMPUTED',
    riseIs: 'BAD',
    year: 2025,
    value: 1234.5,
    previousValue: 1100,
    evolution: 12.2272,
    canDeclare: false,
    declaredSource: null,
    drillable: true,
    breakdowns: [
      {
        dimension: 'type',
        label: 'Par type de dossier',
        items: [{ member: 'PC', label: 'Permis de construire', value: 42 }],
      },
    ],
    ...overrides,
  };
}

describe('IndicatorCard', () => {
  it('should render the server-provided value in fr-FR format with its unit', () => {
    render(<IndicatorCard indicator={indicator()} />);
    expect(normalize(screen.getByTestId('indicator-value').textContent)).toBe('1 234,5 jours');
    expect(normalize(screen.getByText(/^2024 :/).textContent)).toBe('2024 : 1 100 jours');
    expect(normalize(screen.getByText(/12,2/).textContent)).toBe('+12,2 %');
  });

  it('should format euros and show a dash when there is no value', () => {
    const { rerender } = render(
      <IndicatorCard indicator={indicator({ unit: 'euros', value: 45000, breakdowns: [] })} />,
    );
    expect(normalize(screen.getByTestId('indicator-value').textContent)).toBe('45 000,00 €');
    rerender(<IndicatorCard indicator={indicator({ kind: 'DECLARED', value: null, breakdowns: [] })} />);
    expect(screen.getByTestId('indicator-value')).toHaveTextContent('—');
    expect(screen.getByText('Valeur non déclarée')).toBeInTheDocument();
  });

  it('should ask for the records behind a breakdown member when it is clicked', async () => {
    const onDrill = jest.fn();
    render(<IndicatorCard indicator={indicator()} onDrill={onDrill} />);
    const table = screen.getByRole('table', { name: 'Par type de dossier' });
    await userEvent.click(within(table).getByText('Permis de construire'));
    expect(onDrill).toHaveBeenCalledWith(
      expect.objectContaining({ dimension: 'type', member: 'PC', memberLabel: 'Permis de construire' }),
    );
  });
});
