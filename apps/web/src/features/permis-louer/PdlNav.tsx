import { Tab, Tabs } from '@mui/material';
import { Link, useLocation } from 'react-router';

const SECTIONS = [
  { path: '/permis-louer', label: 'Dossiers APML' },
  { path: '/permis-louer/apd', label: 'Permis de diviser (APD)' },
  { path: '/permis-louer/sanctions', label: 'Sanctions' },
  { path: '/permis-louer/controles', label: 'Contrôles CAF' },
  { path: '/permis-louer/contacts', label: 'Accueil GUH' },
  { path: '/permis-louer/perimetres', label: 'Périmètres' },
] as const;

/** The sections of the permis de louer, under each list page's title. */
export function PdlNav() {
  const { pathname } = useLocation();
  const current =
    [...SECTIONS].reverse().find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))?.path ??
    '/permis-louer';
  return (
    <Tabs value={current} variant="scrollable" aria-label="Sections du permis de louer" sx={{ mb: 2 }}>
      {SECTIONS.map((s) => (
        <Tab key={s.path} value={s.path} label={s.label} component={Link} to={s.path} />
      ))}
    </Tabs>
  );
}
