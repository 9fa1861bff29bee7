import { checkPerimeterDates, coveringPerimeter, earliestPerimeterStart, normaliseStreet } from './perimeters';

describe('perimeters (L635-1)', () => {
  it('should start at least six months after the publication of the deliberation', () => {
    expect(earliestPerimeterStart('2022-06-30')).toBe('2022-12-30');
    expect(checkPerimeterDates({ publishedOn: '2022-06-30', validFrom: '2022-12-29' })).toMatch(/six mois/);
    expect(checkPerimeterDates({ publishedOn: '2022-06-30', validFrom: '2023-01-01' })).toBeNull();
    expect(checkPerimeterDates({ publishedOn: '2022-06-30', validFrom: '2023-01-01', validTo: '2022-12-31' })).toMatch(
      /précède/,
    );
  });

  const perimeters = [
    {
      communeInsee: '62498',
      kind: 'STREETS' as const,
      streets: ['Rue de la Gare', 'Avenue Jean Jaurès'],
      publishedOn: '2019-01-01',
      validFrom: '2020-01-01',
      validTo: '2024-12-31',
    },
    {
      communeInsee: '62498',
      kind: 'WHOLE_COMMUNE' as const,
      streets: [],
      publishedOn: '2024-03-01',
      validFrom: '2025-01-01',
    },
  ];
  it('should cover a listed street, whatever the accents, case and house number', () => {
    expect(normaliseStreet('12 bis, avenue Jean-Jaures')).toBe('avenue jean jaures');
    expect(coveringPerimeter(perimeters, '62498', '12 avenue jean-jaures', '2023-05-01')).toBe(perimeters[0]);
  });
  it('should not cover another street, another commune or a day before the start', () => {
    expect(coveringPerimeter(perimeters, '62498', 'Rue Basly', '2023-05-01')).toBeNull();
    expect(coveringPerimeter(perimeters, '62510', 'Rue de la Gare', '2023-05-01')).toBeNull();
    expect(coveringPerimeter(perimeters, '62498', 'Rue de la Gare', '2019-12-31')).toBeNull();
  });
  it('should cover the whole commune once its dated extension is in force', () => {
    expect(coveringPerimeter(perimeters, '62498', 'Rue Basly', '2025-01-01')).toBe(perimeters[1]);
  });
});
