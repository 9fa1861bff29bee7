/**
 * The demo plan of the permis de louer, sized on the 2023 activity report (RA 2023, "Le permis de louer" and
 * "Le GUH"): records are generated from it, the indicators count them.
 */
export const PDL_JOINED_2022 = ['Harnes', 'Mazingarbe', 'Noyelles-sous-Lens', 'Pont-à-Vendin', 'Vendin-le-Vieil'];
export const PDL_JOINED_2023 = ['Vimy', 'Grenay'];
/** The report does not name the 13 communes of 2020: the demo picks the most populated others, marked demo. */
export const PDL_DEMO_FIRST_COMMUNES = 13;

/** APML received per year: 1668 in 2023, 5102 since 2020. */
export const APML_BY_YEAR: Record<number, number> = { 2020: 900, 2021: 1100, 2022: 1434, 2023: 1668 };
export const APML_ANAH_2023 = 48;

/** CAF controls of 2023: 3765 addresses, 30 % of owners filing after contact. */
export const CONTROLS_2023: [string, number][] = [
  ['FILED_AFTER_CONTACT', 1130],
  ['ALREADY_AUTHORISED', 900],
  ['NO_ANSWER', 1025],
  ['NOT_LET', 500],
  ['OUT_OF_PERIMETER', 210],
];
/** 1025 reports to the DDTM, 102 orders, 11 revenue orders for 22,000 €. */
export const SANCTIONS_2023 = { reports: 1025, orders: 102, revenueOrders: 11, amountEach: 2000 };
/** APD: 50 dossiers, 13 final approvals after works. */
export const APD_2023 = { dossiers: 50, finalApprovals: 13 };

/** GUH 2023: 1888 calls, 297 walk-ins; 1039 owner-occupiers, 706 landlords; 678 / 309 / 149 by subject. */
export const CONTACTS_2023 = {
  channel: [
    ['PHONE', 1888],
    ['WALK_IN', 297],
  ],
  person: [
    ['OWNER_OCCUPIER', 1039],
    ['LANDLORD', 706],
    ['TENANT', 300],
    ['OTHER', 140],
  ],
  subject: [
    ['PERMIS_LOUER', 678],
    ['ANAH', 309],
    ['ADIL', 149],
    ['OTHER', 1049],
  ],
  // 30.1 %, 28.7 %, 28.2 % of 2185
  purpose: [
    ['INFORMATION', 658],
    ['APPOINTMENT', 627],
    ['FOLLOW_UP', 616],
    ['OTHER', 284],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;

/** The value at rank `i` of a list of (value, count) runs. */
export function runAt<T>(runs: readonly (readonly [T, number])[], i: number): T {
  let n = i;
  for (const [v, c] of runs) {
    if (n < c) return v;
    n -= c;
  }
  throw new Error(`rang ${i} hors plan`);
}
