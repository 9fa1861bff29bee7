import { frenchDay, isLocalDate, PDL_AUTHORITIES, sanctionRegimeOn, type PdlOffence } from '@call/domain';

/**
 * What the agent reads while typing an offence: who orders the fine and its ceiling, for the day it was found
 * (L635-7; the préfet on the DDTM's report before the law of 9 April 2024, the EPCI president since 11 April).
 */
export function regimeSentence(foundOn: string, offence: PdlOffence): string | null {
  if (!isLocalDate(foundOn) || foundOn < '2017-01-01') return null;
  const r = sanctionRegimeOn(foundOn);
  const aggravated = offence === 'LET_DESPITE_REFUSAL';
  const max = (aggravated ? r.maxFineAggravated : r.maxFine).toLocaleString('fr-FR');
  const paidTo = r.paidTo === 'CALL' ? 'la CALL' : 'l’ANAH';
  const note = aggravated ? ' (location malgré un refus)' : ' (15 000 € en cas de récidive dans les trois ans)';
  return `Régime en vigueur le ${frenchDay(foundOn)} : ${PDL_AUTHORITIES.labels[r.authority]}, amende versée à ${paidTo}, plafond ${max} €${note}.`;
}
