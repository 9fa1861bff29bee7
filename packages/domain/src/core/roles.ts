import type { DirectorateKey } from './directorates';

export const ROLES = ['AGENT', 'DIRECTOR', 'DGS', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  AGENT: 'Agent',
  DIRECTOR: 'Directeur / directrice',
  DGS: 'Direction générale des services',
  ADMIN: 'Administrateur',
};

/** What the access rules need to know of a signed-in user. */
export interface Principal {
  role: Role;
  directorates: readonly DirectorateKey[];
}

/** Agents and directors work in their directorates; the DGS reads everything; an admin manages users and referentials only. */
export function canReadDirectorate(p: Principal, d: DirectorateKey): boolean {
  if (p.role === 'DGS') return true;
  if (p.role === 'AGENT' || p.role === 'DIRECTOR') return p.directorates.includes(d);
  return false;
}

export function canWriteDirectorate(p: Principal, d: DirectorateKey): boolean {
  return (p.role === 'AGENT' || p.role === 'DIRECTOR') && p.directorates.includes(d);
}

/** Indicators of a directorate: its director and the DGS (agents see the figures of their own work too). */
export function canReadIndicators(p: Principal, d: DirectorateKey): boolean {
  return canReadDirectorate(p, d);
}

/** Hand-entered (declared) yearly values: the directorate's director, or the DGS compiling the report. */
export function canDeclareIndicator(p: Principal, d: DirectorateKey): boolean {
  return p.role === 'DGS' || (p.role === 'DIRECTOR' && p.directorates.includes(d));
}

export function visibleDirectorates(p: Principal, all: readonly DirectorateKey[]): DirectorateKey[] {
  return all.filter((d) => canReadDirectorate(p, d));
}
