import * as migration_20261202_144557_initial from './20261202_144557_initial.ts';
import * as migration_20261203_065846_texts_parent_indexes from './20261203_065846_texts_parent_indexes.ts';

export const migrations = [
  {
    up: migration_20261202_144557_initial.up,
    down: migration_20261202_144557_initial.down,
    name: '20261202_144557_initial',
  },
  {
    up: migration_20261203_065846_texts_parent_indexes.up,
    down: migration_20261203_065846_texts_parent_indexes.down,
    name: '20261203_065846_texts_parent_indexes'
  },
];
