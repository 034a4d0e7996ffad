import * as migration_20261202_080257_initial from './20261202_080257_initial.ts';

export const migrations = [
  {
    up: migration_20261202_080257_initial.up,
    down: migration_20261202_080257_initial.down,
    name: '20261202_080257_initial'
  },
];
