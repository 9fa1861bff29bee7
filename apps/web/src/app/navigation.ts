import { canReadDirectorate, DIRECTORATES, type Principal, type Role } from '@call/domain';
import { coreFeatures, directorateFeatures } from '../features/registry';

interface NavItem {
  label: string;
  path: string;
}

export interface NavSection {
  title?: string;
  items: NavItem[];
}

/** The drawer's entries: a directorate shows only if its feature is registered AND the user may read it. */
export function navSections(user: Principal & { role: Role }): NavSection[] {
  const directorates = DIRECTORATES.flatMap((d) => {
    const feature = directorateFeatures[d.key];
    return feature && canReadDirectorate(user, d.key) ? [feature.nav] : [];
  });
  const core = coreFeatures.flatMap((f) => (f.nav && (!f.visibleTo || f.visibleTo(user)) ? [f.nav] : []));
  const [home, ...others] = core;
  return [
    { items: home ? [home] : [] },
    ...(directorates.length ? [{ title: 'Directions', items: directorates }] : []),
    { items: others },
  ].filter((s) => s.items.length > 0);
}
