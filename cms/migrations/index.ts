import * as migration_20261202_072826_initial from './20261202_072826_initial.ts';

export const migrations = [
  {
    up: migration_20261202_072826_initial.up,
    down: migration_20261202_072826_initial.down,
    name: '20261202_072826_initial'
  },
];
