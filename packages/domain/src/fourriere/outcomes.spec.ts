import { allowedFourriereOutcomes, checkFourriereOutcome, custodyStatus, type CustodyAnimal } from './outcomes';

// Monday 6 March 2023: the délai franc ends on Thursday 16 March; cession possible from Friday 17
const dog: CustodyAnimal = {
  species: 'DOG',
  origin: 'CAPTURE_MAYOR',
  intakeOn: '2023-03-06',
  holdingEnd: '2023-03-16',
  outcome: null,
  identified: true,
  court: null,
  poundMayAdopt: true,
};
const requisition: CustodyAnimal = { ...dog, origin: 'REQUISITION', holdingEnd: null };

describe('custody state machine', () => {
  it('starts in custody and ends with the outcome', () => {
    expect(custodyStatus(dog)).toBe('IN_CUSTODY');
    expect(custodyStatus({ outcome: 'ADOPTED' })).toBe('ADOPTED');
  });
  it('allows only a return, death or escape during the holding period', () => {
    expect(allowedFourriereOutcomes(dog, '2023-03-16')).toEqual(['RETURNED', 'DIED', 'ESCAPED']);
    expect(allowedFourriereOutcomes(dog, '2023-03-17')).toEqual([
      'RETURNED',
      'CEDED',
      'ADOPTED',
      'EUTHANISED',
      'DIED',
      'ESCAPED',
    ]);
    expect(allowedFourriereOutcomes({ ...dog, species: 'CAT' }, '2023-03-17')).toContain('RELEASED');
  });
  it('refuses an adoption before the end of the period, citing the article', () => {
    expect(checkFourriereOutcome(dog, { type: 'ADOPTED', on: '2023-03-16', adopterName: 'M. Durand' })).toEqual({
      field: 'outcomeOn',
      message:
        'Le délai franc de garde de huit jours ouvrés (art. L211-25 du Code rural) court jusqu’au 16/03/2023 inclus : « Adoption » n’est possible qu’à partir du 17/03/2023.',
    });
    expect(checkFourriereOutcome(dog, { type: 'ADOPTED', on: '2023-03-17', adopterName: 'M. Durand' })).toBeNull();
  });
  it('needs payment, identification and an owner for a return', () => {
    const ret = { type: 'RETURNED' as const, on: '2023-03-07', ownerName: 'Mme Leroy', dueCents: 12000 };
    expect(checkFourriereOutcome(dog, { ...ret, paidCents: null })?.message).toBe(
      'Les frais de fourrière (120,00 €) doivent être payés avant la restitution.',
    );
    expect(checkFourriereOutcome(dog, { ...ret, paidCents: 10000 })?.field).toBe('payment');
    expect(checkFourriereOutcome(dog, { ...ret, paidCents: 12000 })).toBeNull();
    expect(checkFourriereOutcome({ ...dog, identified: false }, { ...ret, paidCents: 12000 })?.field).toBe(
      'identificationNumber',
    );
    expect(
      checkFourriereOutcome({ ...dog, identified: false }, { ...ret, paidCents: 12000, identificationProvided: true }),
    ).toBeNull();
    expect(checkFourriereOutcome(dog, { ...ret, ownerName: ' ', paidCents: 12000 })?.field).toBe('ownerName');
  });
  it('reserves adoption to an association with a refuge unless the pound’s manager is one (L211-25 II)', () => {
    const ordinary = { ...dog, poundMayAdopt: false };
    expect(allowedFourriereOutcomes(ordinary, '2023-03-17')).toEqual([
      'RETURNED',
      'CEDED',
      'EUTHANISED',
      'DIED',
      'ESCAPED',
    ]);
    expect(checkFourriereOutcome(ordinary, { type: 'ADOPTED', on: '2023-03-17', adopterName: 'M. Durand' })).toEqual({
      field: 'type',
      message: expect.stringContaining('art. L211-25 II du Code rural'),
    });
    const confiscated = {
      ...requisition,
      poundMayAdopt: false,
      court: { ruling: 'CONFISCATION' as const, decidedOn: '2023-03-08' },
    };
    expect(allowedFourriereOutcomes(confiscated, '2023-03-08')).toEqual(['CEDED', 'DIED', 'ESCAPED']);
    const euthanasia = { ...requisition, court: { ruling: 'EUTHANASIA' as const, decidedOn: '2023-03-08' } };
    expect(allowedFourriereOutcomes(euthanasia, '2023-03-09')).toEqual(['EUTHANISED', 'DIED', 'ESCAPED']);
  });
  it('requires the details each outcome records', () => {
    expect(checkFourriereOutcome(dog, { type: 'CEDED', on: '2023-03-20' })?.field).toBe('associationName');
    expect(checkFourriereOutcome(dog, { type: 'EUTHANISED', on: '2023-03-20' })?.field).toBe('reason');
    expect(checkFourriereOutcome(dog, { type: 'RELEASED', on: '2023-03-20' })?.field).toBe('type');
    expect(checkFourriereOutcome(dog, { type: 'DIED', on: '2023-03-07' })).toBeNull();
    expect(checkFourriereOutcome(dog, { type: 'ESCAPED', on: '2023-03-05' })?.field).toBe('outcomeOn');
  });
  it('has one outcome per animal', () => {
    expect(checkFourriereOutcome({ ...dog, outcome: 'RETURNED' }, { type: 'DIED', on: '2023-03-20' })?.message).toBe(
      'Cet animal est déjà sorti de la fourrière (restitution au propriétaire) : une seule sortie par animal.',
    );
    expect(allowedFourriereOutcomes({ ...dog, outcome: 'ESCAPED' }, '2023-04-01')).toEqual([]);
  });
  it('follows the court for a judicial requisition, with no 8-day clock', () => {
    expect(allowedFourriereOutcomes(requisition, '2023-06-01')).toEqual(['DIED', 'ESCAPED']);
    const confiscated = { ...requisition, court: { ruling: 'CONFISCATION' as const, decidedOn: '2023-03-08' } };
    expect(
      checkFourriereOutcome(confiscated, { type: 'CEDED', on: '2023-03-08', associationName: 'SPA de Lens' }),
    ).toBeNull();
    expect(
      checkFourriereOutcome(confiscated, { type: 'CEDED', on: '2023-03-07', associationName: 'SPA de Lens' })?.field,
    ).toBe('outcomeOn');
    expect(
      checkFourriereOutcome(confiscated, { type: 'RETURNED', on: '2023-03-09', ownerName: 'X', paidCents: 0 })?.message,
    ).toBe('La décision judiciaire du 08/03/2023 ne permet pas « Restitution au propriétaire ».');
    const restitution = { ...requisition, court: { ruling: 'RESTITUTION' as const, decidedOn: '2023-04-03' } };
    expect(allowedFourriereOutcomes(restitution, '2023-04-03')).toEqual(['RETURNED', 'DIED', 'ESCAPED']);
  });
});
