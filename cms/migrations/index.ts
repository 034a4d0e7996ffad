import * as migration_20261202_074829_initial from './20261202_074829_initial.ts';

export const migrations = [
  {
    up: migration_20261202_074829_initial.up,
    down: migration_20261202_074829_initial.down,
    name: '20261202_074829_initial'
  },
];
