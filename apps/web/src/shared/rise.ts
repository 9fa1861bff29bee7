import type { RiseIs } from '../gql/graphql';

type ChangeColor = 'success' | 'error' | 'default';

/**
 * The colour of a change: green when it is good news, red when bad. A rise of tacit decisions or euthanasies is
 * bad, a rise of restitutions good; a NEUTRAL figure (hours booked…) is never coloured.
 */
export function changeColor(evolution: number | null | undefined, riseIs: RiseIs): ChangeColor {
  if (evolution == null || evolution === 0 || riseIs === 'NEUTRAL') return 'default';
  const up = evolution > 0;
  return up === (riseIs === 'GOOD') ? 'success' : 'error';
}

/** Words for the colour, for those who do not see it. */
export function changeMeaning(evolution: number | null | undefined, riseIs: RiseIs): string {
  const color = changeColor(evolution, riseIs);
  return color === 'success' ? 'en bien' : color === 'error' ? 'à surveiller' : '';
}
