import type {
  ReportChapter,
  ReportDocument,
  ReportFigure,
  ReportPart,
  ReportUnit,
} from '../../../src/core/report/report-document';

/**
 * A report close to the published 2023 one (seed report): the chapters this product computes (ADS, permis de louer,
 * fourrière, crématorium, prêt de matériel) with the seed's figures, a declared chapter, tables, charts and texts.
 */
const figure = (
  indicatorKey: string,
  label: string,
  value: number | null,
  previousValue: number | null,
  unit: ReportUnit = 'count',
  source: string | null = null,
): ReportFigure => ({ indicatorKey, label, value, unit, previousValue, declared: source !== null, source });

const chapter = (title: string, directorate: string | null, rest: Partial<ReportChapter>): ReportChapter => ({
  title,
  directorate,
  figures: [],
  tables: [],
  charts: [],
  highlights: '',
  outlook: '',
  ...rest,
});

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function reportFixture(frozen = true): ReportDocument {
  const parts: ReportPart[] = [
    {
      title: 'La CALL, une administration générale agile',
      chapters: [
        chapter('Ressources et relations humaines', 'rh', {
          figures: [
            figure('rh.agents', 'agents au 31 décembre', 243, 238, 'count', 'Bilan social 2023'),
            figure('rh.formation', 'jours de formation', 1021.5, 958, 'days', 'Plan de formation, CNFPT'),
            figure('rh.acces-formation', "taux d'accès à la formation", 62.4, 58.1, 'percent', 'Bilan social 2023'),
          ],
          highlights: 'Le **club Interco’RH** a réuni les DRH des 36 communes à quatre reprises.',
        }),
        chapter('Service mutualisé ADS', 'ads', {
          figures: [
            figure('ads.dossiers', 'dossiers instruits', 2032, 1890),
            figure('ads.dematerialises', 'dossiers déposés par voie dématérialisée', 745, 512),
            figure('ads.actes-quantifies', 'actes quantifiés', 1223.4, 1180.2),
            figure('ads.communes', 'communes adhérentes (option 1)', 23, 21),
          ],
          tables: [
            {
              title: 'Évolution des actes instruits',
              columns: ["Type d'acte", '2022', '2023'],
              rows: [
                ['Permis de construire (PC)', 412, 398],
                ['Déclarations préalables (DP)', 1025, 1102],
                ["Certificats d'urbanisme opérationnels (CUb)", 203, 236],
                ["Certificats d'urbanisme d'information (CUa)", 168, 214],
                ["Permis d'aménager (PA)", 21, 17],
                ['Permis de démolir (PD)', 61, 65],
              ],
            },
          ],
          charts: [
            {
              title: 'Actes quantifiés par année',
              kind: 'bar',
              unit: 'count',
              categories: ['2019', '2020', '2021', '2022', '2023'],
              series: [{ label: 'Actes quantifiés', values: [1012.6, 948.1, 1105.9, 1180.2, 1223.4] }],
            },
          ],
          highlights: [
            '## Adhésion des communes',
            '',
            "Acheville nous a rejoint le 1er janvier 2023 ; Servins est passée de l'option 2 à l'option 1 le 1er juillet 2023.",
            '',
            '- Le service ADS a été **renforcé** avec l’arrivée de deux nouveaux instructeurs,',
            '- Réflexion sur l’acquisition du module **SIGN** (signature électronique des autorisations d’urbanisme),',
            '- Consultation des services ABF par voie dématérialisée.',
            '',
            '**2 032 dossiers** ont été instruits en 2023 dont **745 dossiers** déposés par voie dématérialisée.',
          ].join('\n'),
          outlook: [
            '- Sessions de formation aux collectivités de l’option 1,',
            '- Acquisition du module SIGN et formation des agents référents urbanisme.',
          ].join('\n'),
        }),
      ],
    },
    {
      title: 'La CALL protège',
      chapters: [
        chapter('Habitat — Le permis de louer', 'permis-louer', {
          figures: [
            figure('pl.dossiers', 'dossiers de permis de louer', 1668, 1512),
            figure('pl.communes', 'communes dans le dispositif', 20, 18),
            figure('pl.adresses', 'adresses contrôlées avec la CAF', 3765, null),
            figure('pl.depots', 'taux de dépôt après contrôle', 30.1, 27.5, 'percent'),
            figure('pl.sanctions', 'titres de perception émis', 22000, 9000, 'euros'),
            figure('pl.delai', 'délai moyen de décision', 21.4, 24.8, 'days'),
          ],
          charts: [
            {
              title: 'Dossiers déposés par mois',
              kind: 'bar',
              unit: 'count',
              categories: MONTHS,
              series: [
                { label: '2022', values: [118, 121, 135, 119, 127, 130, 104, 88, 140, 138, 142, 150] },
                { label: '2023', values: [131, 140, 152, 137, 139, 146, 118, 97, 155, 149, 150, 154] },
              ],
            },
          ],
          highlights:
            'L’année 2023 a permis d’approfondir le contrôle des biens loués sans APL : **1 025 signalements** envoyés à la DDTM.',
        }),
        chapter('Fourrière animale', 'fourriere', {
          figures: [
            figure('fourriere.chiens', 'chiens pris en charge', 386, 402),
            figure('fourriere.chats', 'chats pris en charge', 86, 97),
            figure('fourriere.requisitions', 'chiens en réquisition judiciaire', 27, 19),
            figure('fourriere.restitutions', 'chiens restitués à leurs propriétaires', 239, 251),
            figure('fourriere.adoptions', 'chiens passés en adoption', 123, 118),
          ],
          tables: [
            {
              title: 'Animaux pris en charge par commune (principales communes)',
              columns: ['Commune', 'Chiens', 'Chats', 'Total'],
              rows: [
                ['Lens', 74, 18, 92],
                ['Liévin', 61, 12, 73],
                ['Avion', 29, 7, 36],
                ['Harnes', 22, 6, 28],
                ['Bully-les-Mines', 19, 4, 23],
                ['Autres communes', 181, 39, 220],
              ],
            },
          ],
          outlook: '# Fourrière animale de Sallaumines\n\nDémarrage de la phase de **conception**.',
        }),
        chapter('Crématorium de Vendin-le-Vieil', 'crematorium', {
          figures: [
            figure('crematorium.cremations', 'crémations', 2082, 1987),
            figure('crematorium.metaux', 'tonne de métaux valorisée', 1, null),
          ],
          charts: [
            {
              title: 'Crémations par mois',
              kind: 'line',
              unit: 'count',
              categories: MONTHS,
              series: [
                { label: '2022', values: [190, 172, 168, 158, 160, 150, 151, 149, 155, 165, 178, 191] },
                { label: '2023', values: [205, 181, 176, 165, 170, 159, 162, 150, 161, 170, 180, 203] },
              ],
            },
          ],
          highlights:
            'La valorisation des métaux issus de la crémation a été initiée le 1er juillet 2023 (article L. 2223-18-1-1 du CGCT).',
          outlook: 'Réflexion sur une **troisième ligne de crémation**.',
        }),
      ],
    },
    {
      title: 'La CALL rassemble',
      chapters: [
        chapter('Le prêt de matériel', 'pret-materiel', {
          figures: [
            figure('pret.demandes', 'demandes de communes traitées', 165, 151),
            figure('pret.interventions', 'interventions auprès des services', 328, 301),
            figure('pret.heures', "heures d'intervention", 700, 640, 'hours'),
          ],
          tables: [
            {
              title: 'Communes intéressées par le prêt de matériel',
              columns: ['Année', 'Nombre de communes'],
              rows: [
                ['2016', 32],
                ['2017', 33],
                ['2018', 32],
                ['2019', 32],
                ['2020', 25],
                ['2021', 25],
                ['2022', 29],
                ['2023', 30],
              ],
            },
          ],
        }),
      ],
    },
  ];
  return {
    year: 2023,
    title: "Rapport d'activités 2023",
    organisation: "Communauté d'Agglomération de Lens-Liévin",
    generatedOn: '2024-07-01',
    frozen,
    parts,
  };
}

const PART_TITLES = [
  'La CALL, une administration générale agile',
  'La CALL protège',
  'La CALL avance',
  'La CALL rassemble',
  "La CALL s'engage",
  'La CALL investit',
];

/** The size of the published report (six parts, 42 chapters, 18 charts), from the fixture's chapters, for timing. */
export function fullSizeReport(): ReportDocument {
  const base = reportFixture(true);
  const chapters = base.parts.flatMap((part) => part.chapters);
  return {
    ...base,
    parts: PART_TITLES.map((title, p) => ({
      title,
      chapters: Array.from({ length: 7 }, (_, c) => {
        const model = chapters[(p * 7 + c) % chapters.length];
        return { ...model, title: `${model.title} (${p + 1}.${c + 1})` };
      }),
    })),
  };
}
