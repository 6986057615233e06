import { OutsideInDatabase } from './database';
import { WorkshopStore } from './workshops';

export const database = new OutsideInDatabase();
export const workshops = new WorkshopStore(database);
export { describeStorageError } from './workshops';
