import * as migration_20261202_144557_initial from './20261202_144557_initial.ts';

export const migrations = [
  {
    up: migration_20261202_144557_initial.up,
    down: migration_20261202_144557_initial.down,
    name: '20261202_144557_initial'
  },
];
