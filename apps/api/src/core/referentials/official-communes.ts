// The 36 member communes come from the official administrative division (@etalab/decoupage-administratif,
// INSEE's COG), not typed by hand: the 2023 report's own list has typos ("Annav-sous-Lens", "Givency").
import epcis from '@etalab/decoupage-administratif/data/epci.json';
import communes from '@etalab/decoupage-administratif/data/communes.json';

const CALL_EPCI_SIREN = '246200364';

export interface OfficialCommune {
  inseeCode: string;
  name: string;
  population: number;
  postalCodes: string[];
}

interface EpciJson {
  code: string;
  membres: { code: string; nom: string; populationTotale: number }[];
}
interface CommuneJson {
  code: string;
  type: string;
  codesPostaux?: string[];
}

export function callMemberCommunes(): OfficialCommune[] {
  const epci = (epcis as EpciJson[]).find((e) => e.code === CALL_EPCI_SIREN);
  if (!epci) throw new Error(`EPCI ${CALL_EPCI_SIREN} absent du découpage administratif`);
  const byCode = new Map(
    (communes as CommuneJson[]).filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]),
  );
  return epci.membres
    .map((m) => ({
      inseeCode: m.code,
      name: m.nom,
      population: m.populationTotale,
      postalCodes: byCode.get(m.code)?.codesPostaux ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
