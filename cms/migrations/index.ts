import * as migration_20261202_005601_initial from './20261202_005601_initial.ts';

export const migrations = [
  {
    up: migration_20261202_005601_initial.up,
    down: migration_20261202_005601_initial.down,
    name: '20261202_005601_initial'
  },
];
