import { databaseFile, getDb } from './index';

// Opening the database applies every pending migration.
getDb();
console.log(`Migrated ${databaseFile()}.`);
