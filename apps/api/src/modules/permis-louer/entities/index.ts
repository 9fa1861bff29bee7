import { PdlApdDossier } from './pdl-apd-dossier.entity';
import { PdlApmlDossier } from './pdl-apml-dossier.entity';
import { PdlContact } from './pdl-contact.entity';
import { PdlControl, PdlControlBatch } from './pdl-control.entity';
import { PdlDefect } from './pdl-defect.entity';
import { PDL_PERIMETER_TABLE, PdlPerimeter } from './pdl-perimeter.entity';
import { PdlSanction } from './pdl-sanction.entity';
import { PdlNumberCounter } from './pdl-number-counter.entity';

export {
  PDL_PERIMETER_TABLE,
  PdlNumberCounter,
  PdlApdDossier,
  PdlApmlDossier,
  PdlContact,
  PdlControl,
  PdlControlBatch,
  PdlDefect,
  PdlPerimeter,
  PdlSanction,
};
export const PDL_ENTITIES = [
  PdlPerimeter,
  PdlApmlDossier,
  PdlDefect,
  PdlApdDossier,
  PdlControlBatch,
  PdlControl,
  PdlSanction,
  PdlContact,
  PdlNumberCounter,
];
