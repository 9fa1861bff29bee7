import type { DeclaredIndicator } from './indicator-definition';

const declared = (d: Omit<DeclaredIndicator, 'kind' | 'version'> & { version?: number }): DeclaredIndicator => ({
  kind: 'declared',
  version: 1,
  ...d,
});

/**
 * Figures of the 2023 report for directorates that have no module yet: their directors enter the
 * yearly value so the DGS can compile the whole report. A module that later computes one replaces it.
 */
export const DECLARED_INDICATORS: DeclaredIndicator[] = [
  declared({ key: 'rh.agents', label: 'Agents sur emploi permanent au 31 décembre', unit: 'count', directorate: 'rh' }),
  declared({ key: 'rh.jours_formation', label: 'Jours de formation', unit: 'count', directorate: 'rh' }),
  declared({ key: 'finances.budget_total', label: 'Budget total voté', unit: 'euros', directorate: 'finances' }),
  declared({ key: 'finances.mandats', label: 'Mandats émis', unit: 'count', directorate: 'finances' }),
  declared({
    key: 'juridique.contentieux_nouveaux',
    label: 'Nouveaux contentieux',
    unit: 'count',
    directorate: 'juridique',
  }),
  declared({ key: 'juridique.marches_notifies', label: 'Marchés notifiés', unit: 'count', directorate: 'juridique' }),
  declared({
    key: 'communication.publications',
    label: 'Publications institutionnelles',
    unit: 'count',
    directorate: 'communication',
  }),
  declared({
    key: 'permis_louer.apml_dossiers',
    label: 'Dossiers APML suivis',
    unit: 'count',
    directorate: 'permis_louer',
  }),
  declared({
    key: 'permis_louer.adresses_controlees',
    label: 'Adresses contrôlées (partenariat CAF)',
    unit: 'count',
    directorate: 'permis_louer',
  }),
  declared({
    key: 'permis_louer.signalements_ddtm',
    label: 'Signalements envoyés à la DDTM',
    unit: 'count',
    directorate: 'permis_louer',
  }),
  declared({ key: 'crematorium.cremations', label: 'Crémations', unit: 'count', directorate: 'crematorium' }),
  declared({
    key: 'pret_materiel.demandes',
    label: 'Demandes de prêt de matériel',
    unit: 'count',
    directorate: 'pret_materiel',
  }),
  declared({
    key: 'pret_materiel.communes_interessees',
    label: 'Communes ayant fait au moins une demande',
    unit: 'count',
    directorate: 'pret_materiel',
  }),
];
