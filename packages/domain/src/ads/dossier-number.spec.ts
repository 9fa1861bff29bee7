import {
  buildAdsDossierNumber,
  checkAdsDossierNumber,
  initialAdsDossierNumber,
  normalizeAdsDossierNumber,
  parseAdsDossierNumber,
} from './dossier-number';

describe('ADS dossier numbers', () => {
  it('should parse the official form', () => {
    expect(parseAdsDossierNumber('PC 062 498 23 A0012')).toEqual({
      prefix: 'PC',
      departement: '062',
      commune: '498',
      year: '23',
      sequence: 'A0012',
      suffix: null,
    });
  });

  it('should normalise spacing and case, with a modificatif or transfert suffix', () => {
    expect(normalizeAdsDossierNumber('pc0624982300012m01')).toBe('PC 062 498 23 00012 M01');
    expect(normalizeAdsDossierNumber(' DP 062 498 23 A0003  T02 ')).toBe('DP 062 498 23 A0003 T02');
    expect(initialAdsDossierNumber('PC 062 498 23 A0012 M01')).toBe('PC 062 498 23 A0012');
    expect(initialAdsDossierNumber('PC 062 498 23 A0012')).toBeNull();
  });

  it('should reject malformed numbers', () => {
    for (const bad of [
      'PX 062 498 23 A0012',
      'PC 62 498 23 A0012',
      'PC 062 498 23 A001',
      'PC 062 498 23 A0012 M00',
      'PC 062 498 23 A0012 X01',
    ])
      expect(parseAdsDossierNumber(bad)).toBeNull();
  });

  it('should build the number of a new dossier', () => {
    expect(buildAdsDossierNumber('PCMI', '62498', '2023-05-02', 12)).toBe('PC 062 498 23 A0012');
    expect(buildAdsDossierNumber('CUa', '62001', '2022-12-31', 7)).toBe('CU 062 001 22 A0007');
  });

  it('should say what does not match the dossier', () => {
    expect(
      checkAdsDossierNumber('PC 062 498 23 A0012', { type: 'PCMI', communeInsee: '62498', depositedOn: '2023-05-02' }),
    ).toEqual([]);
    expect(
      checkAdsDossierNumber('DP 062 510 22 A0012', { type: 'PC', communeInsee: '62498', depositedOn: '2023-05-02' }),
    ).toEqual([
      'Le numéro commence par DP alors qu’un dossier PC est numéroté PC.',
      'Le numéro désigne la commune 62510 et non 62498.',
      'Le numéro porte l’année 22 alors que le dépôt date de 2023.',
    ]);
    // a modificatif keeps its initial's year
    expect(
      checkAdsDossierNumber('PC 062 498 22 A0012 M01', {
        type: 'PC',
        communeInsee: '62498',
        depositedOn: '2023-05-02',
      }),
    ).toEqual([]);
  });
});
