export * from './calendar';
export * from './hub';
export * from './page';
export * from './primitives';
export * from './settings';
