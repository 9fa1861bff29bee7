import { daysBetween, FOURRIERE_SPECIES } from '@call/domain';
import type { AlarmDefinition } from '../../core/alarms/alarm-definition';
import { pageOf } from '../../core/kit/paging';
import { FourriereAnimal } from './entities/fourriere-animal.entity';
import { animalReference } from './fourriere.mapper';

/**
 * Animals still in the pound after their délai franc de garde (L211-25, L211-26): the pound must now hand them to
 * an association or decide their outcome. A requisition has no holding end: it waits for the court.
 */
const holdingEnded: AlarmDefinition = {
  key: 'fourriere.holding_ended',
  label: 'Animaux au-delà du délai de garde',
  description: 'Animaux présents dont le délai franc de garde est écoulé, sans sortie enregistrée',
  severity: 'DANGER',
  recordPath: (id) => `/fourriere/animaux/${id}`,
  async find(em, today, page) {
    const qb = em
      .createQueryBuilder(FourriereAnimal, 'a')
      .leftJoin('a.outcome', 'o')
      .leftJoinAndSelect('a.commune', 'c')
      .where('o.id IS NULL AND a.holding_end_on < CAST(:today AS date)', { today })
      .orderBy('a.holding_end_on', 'ASC')
      .addOrderBy('a.number', 'ASC');
    const { items, total } = await pageOf(qb, page, (rows) =>
      rows.map((a) => {
        const late = daysBetween(a.holdingEndOn!, today);
        return {
          id: a.id,
          reference: animalReference(a.number),
          label: [FOURRIERE_SPECIES.of(a.species).label, a.breed, a.identificationNumber, a.commune.name]
            .filter(Boolean)
            .join(' · '),
          dueDate: a.holdingEndOn,
          detail: `Délai de garde écoulé depuis ${late} jour${late > 1 ? 's' : ''}`,
        };
      }),
    );
    return { total, rows: items };
  },
};

export const FOURRIERE_ALARMS: AlarmDefinition[] = [holdingEnded];
