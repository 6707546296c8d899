export * from './classify';
export * from './schedule';
