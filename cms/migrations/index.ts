import * as migration_20261202_073850_initial from './20261202_073850_initial.ts';

export const migrations = [
  {
    up: migration_20261202_073850_initial.up,
    down: migration_20261202_073850_initial.down,
    name: '20261202_073850_initial'
  },
];
