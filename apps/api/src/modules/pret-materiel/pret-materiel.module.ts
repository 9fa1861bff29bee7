import type { DirectorateModule } from '../../core/module';
import { PRET_ENTITIES } from './entities';
import { PRET_MIGRATIONS } from './migrations';
import { PRET_MATERIEL_ALARMS } from './pret-materiel.alarms';
import { PretMaterielCommands } from './pret-materiel-commands.service';
import { PRET_MATERIEL_CUBES } from './pret-materiel.cubes';
import { PRET_MATERIEL_FIELD_LABELS } from './pret-materiel.field-labels';
import { PRET_MATERIEL_INDICATORS } from './pret-materiel.indicators';
import { PretMaterielResolver } from './pret-materiel.resolver';
import { seedPretMateriel } from './pret-materiel.seed';
import { PretMaterielService } from './pret-materiel.service';

/**
 * Prêt de matériel: equipment lent to the communes by quantity (stock dated by its movements, never overbooked),
 * the return check and repairs, and the team's interventions for the CALL's services. It takes over the
 * directorate's declared indicators; the years already entered keep their declared values (`declaredUntil`).
 */
export const pretMaterielModule: DirectorateModule = {
  directorate: 'pret_materiel',
  entities: PRET_ENTITIES,
  migrations: PRET_MIGRATIONS,
  resolvers: [PretMaterielResolver],
  createResolvers: ({ db, audit, clock }) =>
    new Map<Function, object>([
      [
        PretMaterielResolver,
        new PretMaterielResolver(new PretMaterielService(db, clock), new PretMaterielCommands(db, audit, clock)),
      ],
    ]),
  cubes: PRET_MATERIEL_CUBES,
  indicators: PRET_MATERIEL_INDICATORS,
  fieldLabels: PRET_MATERIEL_FIELD_LABELS,
  alarms: PRET_MATERIEL_ALARMS,
  uniqueKeys: { 'pret_kind.name': { field: 'name', label: 'Désignation' } },
  seed: seedPretMateriel,
};
