import { databaseFile, getDb } from '../db';

// Opening the database applies every pending migration.
getDb();
console.log(`Migrated ${databaseFile()}.`);
