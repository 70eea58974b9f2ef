export * from './day';
export * from './geojson';
export * from './open-data';
export * from './public';
export * from './view';
export * from './window';
export * from './map-data';
