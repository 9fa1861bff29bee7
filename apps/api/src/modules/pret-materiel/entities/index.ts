import { PretIntervention } from './pret-intervention.entity';
import { PretKind } from './pret-kind.entity';
import { PretRepair } from './pret-repair.entity';
import { PretRequestLine } from './pret-request-line.entity';
import { PretRequest } from './pret-request.entity';
import { PretStockMovement } from './pret-stock-movement.entity';

export { PretIntervention, PretKind, PretRepair, PretRequest, PretRequestLine, PretStockMovement };
export const PRET_ENTITIES = [PretKind, PretStockMovement, PretRequest, PretRequestLine, PretRepair, PretIntervention];
