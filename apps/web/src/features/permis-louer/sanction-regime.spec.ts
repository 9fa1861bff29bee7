import { regimeSentence } from './sanction-regime';

describe('the sanction regime shown while an offence is typed', () => {
  it('should name the préfet (DDTM) up to 10 April 2024 and the CALL president from 11 April 2024', () => {
    expect(regimeSentence('2024-04-10', 'LET_WITHOUT_AUTHORISATION')).toMatch(
      /^Régime en vigueur le 10\/04\/2024 : Préfet \(signalement à la DDTM\), amende versée à l’ANAH, plafond 5\s000 €/,
    );
    expect(regimeSentence('2024-04-11', 'LET_WITHOUT_AUTHORISATION')).toMatch(
      /Président de la CALL, amende versée à la CALL/,
    );
  });

  it('should raise the ceiling for a letting despite a refusal, and say nothing for a half-typed date', () => {
    expect(regimeSentence('2024-05-02', 'LET_DESPITE_REFUSAL')).toMatch(
      /plafond 15\s000 € \(location malgré un refus\)/,
    );
    expect(regimeSentence('2024-05-', 'LET_WITHOUT_AUTHORISATION')).toBeNull();
  });
});
