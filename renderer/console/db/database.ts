import Dexie, { type Table } from 'dexie';
import type { Workshop } from '../../../shared/workshop/schema';
import type { SavedExercise, SavedTemplate } from './library';
import { applyVersion1 } from './versions/v1';
import { applyVersion2 } from './versions/v2';
import { applyVersion3 } from './versions/v3';

export const DATABASE_NAME = 'outside-in';

export class OutsideInDatabase extends Dexie {
  workshops!: Table<Workshop, string>;
  exercises!: Table<SavedExercise, string>;
  templates!: Table<SavedTemplate, string>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Versions apply in order; each later one brings its own upgrader.
    applyVersion1(this);
    applyVersion2(this);
    applyVersion3(this);
  }
}
