export * from './permis-louer.choices';
export * from './deadlines';
export * from './workflow';
export * from './perimeters';
export * from './sanctions';
