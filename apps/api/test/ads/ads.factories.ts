/** A PC deposited in Lens (62498, option 1 of the ADS service), overridable field by field. */
export const adsDossierInput = (over: Record<string, unknown> = {}) => ({
  type: 'PC',
  communeInsee: '62498',
  depositedOn: '2025-03-10',
  channel: 'PAPER',
  applicantKind: 'COMPANY',
  applicantName: 'SCI Les Terrils',
  landAddress: '12 rue Jean Jaurès, Lens',
  cadastralParcels: ['AB 123'],
  projectNature: 'Construction de 12 logements',
  floorAreaCreated: 840,
  dwellingsCreated: 12,
  ...over,
});
