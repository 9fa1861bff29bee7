import type { DirectorateKey } from '@call/domain';
import type { EntityManager } from 'typeorm';
import { ReportChapter, type ReportVisualSpec } from './entities/report-chapter.entity';
import { ReportPart } from './entities/report-part.entity';
import { ReportYear } from './entities/report-year.entity';

interface ChapterTemplate {
  title: string;
  directorate?: DirectorateKey;
  indicatorKeys?: string[];
  tables?: ReportVisualSpec[];
  charts?: ReportVisualSpec[];
}

/**
 * The structure of the 2023 report (rapport d'activités 2023, published November 2024): six parts, a chapter per
 * service. The default of a new year; the DGS then reorders, renames, adds and removes chapters. Chapters of
 * services the product does not follow yet carry no directorate: the DGS's office writes their text.
 */
export const REPORT_TEMPLATE: { title: string; chapters: ChapterTemplate[] }[] = [
  {
    title: 'La CALL, une administration générale agile',
    chapters: [
      {
        title: 'Ressources et relations humaines',
        directorate: 'rh',
        indicatorKeys: ['rh.agents', 'rh.jours_formation'],
      },
      {
        title: 'Finances et comptabilité',
        directorate: 'finances',
        indicatorKeys: ['finances.budget_total', 'finances.mandats'],
      },
      { title: 'Centre de documentation et communication interne' },
      { title: 'Communication', directorate: 'communication', indicatorKeys: ['communication.publications'] },
      {
        title: 'Affaires juridiques et contentieux',
        directorate: 'juridique',
        indicatorKeys: ['juridique.contentieux_nouveaux', 'juridique.marches_notifies'],
      },
      {
        title: 'Mutualisation et ressources : service mutualisé ADS',
        directorate: 'ads',
        indicatorKeys: [
          'ads.dossiers_instructed',
          'ads.dossiers_electronic',
          'ads.electronic_share',
          'ads.decisions',
          'ads.weighted_acts',
          'ads.instruction_time_avg',
          'ads.communes_option1',
          'ads.communes_option2',
        ],
        tables: [{ indicatorKey: 'ads.dossiers_instructed', dimension: 'type', title: 'Dossiers instruits par type' }],
        charts: [
          {
            indicatorKey: 'ads.dossiers_instructed',
            dimension: 'month',
            kind: 'bar',
            title: 'Dossiers instruits par mois',
          },
        ],
      },
      { title: 'Service DT-DICT' },
      { title: 'Service commun de la transition durable et d’aide aux communes' },
      { title: 'Systèmes d’information et du numérique' },
    ],
  },
  {
    title: 'La CALL protège',
    chapters: [
      { title: 'Habitat parc public et parc privé' },
      {
        title: 'Le permis de louer',
        directorate: 'permis_louer',
        indicatorKeys: [
          'permis_louer.apml_dossiers',
          'permis_louer.apml_depuis_debut',
          'permis_louer.communes',
          'permis_louer.visites',
          'permis_louer.dossiers_anah',
          'permis_louer.arretes',
          'permis_louer.amendes_montant',
          'permis_louer.guh_contacts',
        ],
        tables: [{ indicatorKey: 'permis_louer.apml_decisions', dimension: 'outcome', title: 'Décisions APML' }],
        charts: [
          {
            indicatorKey: 'permis_louer.apml_dossiers',
            dimension: 'month',
            kind: 'bar',
            title: 'Demandes APML par mois',
          },
        ],
      },
      { title: 'NPNRU' },
      { title: 'ERBM - Renouvellement du bassin minier' },
      { title: 'Politique de la ville et cohésion sociale' },
    ],
  },
  {
    title: 'La CALL avance',
    chapters: [
      { title: 'Aménagement économique' },
      { title: 'Planification et ingénierie financière' },
      { title: 'Développement économique' },
      { title: 'Service mobilité' },
      { title: 'Filières économiques et innovation' },
    ],
  },
  {
    title: 'La CALL rassemble',
    chapters: [{ title: 'Animation culturelle et patrimoniale' }, { title: 'Tourisme, sport et évènements' }],
  },
  {
    title: 'La CALL s’engage',
    chapters: [
      { title: 'Eau et assainissement' },
      { title: 'Gestion des déchets' },
      { title: 'Développement durable' },
    ],
  },
  {
    title: 'La CALL investit',
    chapters: [
      { title: 'Espaces naturels communautaires' },
      {
        title: 'Le prêt de matériel aux communes',
        directorate: 'pret_materiel',
        indicatorKeys: [
          'pret_materiel.demandes',
          'pret_materiel.communes_interessees',
          'pret_materiel.unites_jours',
          'pret_materiel.interventions',
          'pret_materiel.heures_intervention',
        ],
        tables: [
          { indicatorKey: 'pret_materiel.unites_jours', dimension: 'kind', title: 'Matériel prêté (unités × jours)' },
        ],
      },
      { title: 'Service ingénierie et maîtrise d’ouvrage' },
      { title: 'Entretien du patrimoine communautaire' },
      { title: 'Aérodrome de Lens-Bénifontaine' },
      {
        title: 'Crématorium de Vendin-le-Vieil',
        directorate: 'crematorium',
        indicatorKeys: [
          'crematorium.cremations',
          'crematorium.metaux_kg',
          'crematorium.metaux_produit',
          'crematorium.urnes_conservees',
          'crematorium.dispersions',
        ],
        charts: [
          { indicatorKey: 'crematorium.cremations', dimension: 'month', kind: 'bar', title: 'Crémations par mois' },
        ],
      },
      {
        title: 'Fourrière',
        directorate: 'fourriere',
        indicatorKeys: [
          'fourriere.chiens_entres',
          'fourriere.chats_entres',
          'fourriere.chiens_restitues',
          'fourriere.chiens_adoption',
          'fourriere.chats_adoption',
          'fourriere.taux_restitution',
        ],
        tables: [{ indicatorKey: 'fourriere.sorties', dimension: 'type', title: 'Sorties par destination' }],
        charts: [{ indicatorKey: 'fourriere.entrees', dimension: 'month', kind: 'bar', title: 'Entrées par mois' }],
      },
    ],
  },
];

/** Writes an open year with the template's parts and chapters; returns the number of chapters. */
export async function createReportFromTemplate(em: EntityManager, year: number): Promise<number> {
  await em.insert(ReportYear, { year, status: 'OPEN' });
  let count = 0;
  for (const [p, part] of REPORT_TEMPLATE.entries()) {
    const { identifiers } = await em.insert(ReportPart, { year, position: p + 1, title: part.title });
    const partId = (identifiers[0] as { id: string }).id;
    await em.insert(
      ReportChapter,
      part.chapters.map((c, k) => ({
        year,
        partId,
        position: k + 1,
        title: c.title,
        directorate: c.directorate ?? null,
        indicatorKeys: c.indicatorKeys ?? [],
        tables: c.tables ?? [],
        charts: c.charts ?? [],
      })),
    );
    count += part.chapters.length;
  }
  return count;
}
