import { OutsideInDatabase } from './database';
import { ExerciseLibrary, TemplateStore } from './library';
import { WorkshopStore } from './workshops';

export const database = new OutsideInDatabase();
export const workshops = new WorkshopStore(database);
export const exerciseLibrary = new ExerciseLibrary(database);
export const templates = new TemplateStore(database);
export { describeStorageError } from './workshops';
