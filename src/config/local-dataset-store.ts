/**
 * Where a programmation imported from a spreadsheet is kept in this browser (src/features/import/local-dataset.ts):
 * its IndexedDB database and store, and its key for a contract's data address. The snapshot's gate
 * (src/snapshot-gate.ts) looks there too, without loading the feature: a browser that shows an imported
 * programmation must not first show the published one's figures.
 */
export const LOCAL_DATASET_DATABASE = 'cap-quartiers';
export const LOCAL_DATASET_STORE = 'imports';

/** A dataset belongs to one contract's data address: another deployment on the same origin has its own. */
export const localDatasetKeyFor = (dataBaseUrl: string) => `actions:${dataBaseUrl}`;
