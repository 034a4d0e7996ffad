import * as migration_20261202_070410_initial from './20261202_070410_initial.ts';

export const migrations = [
  {
    up: migration_20261202_070410_initial.up,
    down: migration_20261202_070410_initial.down,
    name: '20261202_070410_initial'
  },
];
