import { adsCorrectionIssues, adsDepositCorrectable } from './corrections';

describe('ADS corrections', () => {
  it('should allow every field while the dossier is deposited', () => {
    expect(adsCorrectionIssues('DEPOSITED', ['communeInsee', 'type', 'number', 'applicantName'])).toEqual([]);
    expect(adsDepositCorrectable('DEPOSITED')).toBe(true);
  });

  it('should refuse the commune and the type once a step has been taken, naming the field', () => {
    expect(adsCorrectionIssues('COMPLETE', ['applicantName', 'communeInsee', 'type'])).toEqual([
      {
        field: 'communeInsee',
        message:
          'La commune ne peut être corrigée que tant que le dossier est au statut « Déposé » (il est au statut « Complet »).',
      },
      {
        field: 'type',
        message:
          'Le type ne peut être corrigé que tant que le dossier est au statut « Déposé » (il est au statut « Complet »).',
      },
    ]);
    expect(adsCorrectionIssues('DECIDED', ['channel', 'landAddress'])).toEqual([]);
    expect(adsDepositCorrectable('INCOMPLETE')).toBe(false);
  });

  it('should refuse any correction of a cancelled dossier', () => {
    expect(adsCorrectionIssues('CANCELLED', ['applicantName'])).toEqual([
      { field: null, message: 'Le dossier est annulé : il ne peut plus être corrigé.' },
    ]);
  });
});
