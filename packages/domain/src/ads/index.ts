export * from './dossier-types';
export * from './dossier-number';
export * from './outcomes';
export * from './consultations';
export * from './deadlines';
export * from './workflow';
export * from './corrections';
export * from './tacit';
