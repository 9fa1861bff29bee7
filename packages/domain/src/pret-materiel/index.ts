export * from './pret-materiel.choices';
export * from './availability';
export * from './request-status';
export * from './notice';
