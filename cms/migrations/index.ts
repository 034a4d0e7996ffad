import * as migration_20261202_064035_initial from './20261202_064035_initial.ts';

export const migrations = [
  {
    up: migration_20261202_064035_initial.up,
    down: migration_20261202_064035_initial.down,
    name: '20261202_064035_initial'
  },
];
