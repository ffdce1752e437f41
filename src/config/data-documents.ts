/**
 * The contract's published documents, under the data base URL (VITE_DATA_URL): every page reads all four.
 * One list for the app, which requests them, and for the build, which names them in index.html so that the
 * browser downloads them before the JavaScript asks (scripts/vite/preload-data.ts).
 */
export const DATA_DOCUMENTS = ['objectives.json', 'territories.json', 'meta.json', 'actions.json'] as const;

/**
 * The documents that describe the territories themselves (their perimeters, their public statistics):
 * optional, since a contract works without them (the map and "Le quartier en chiffres" then say that they
 * are not published). They are not on the first screen, so the build does not preload them: the app asks
 * for them once it has started (src/app/prefetch-data.ts).
 */
export const CONTEXT_DOCUMENTS = ['perimeters.json', 'indicators.json'] as const;

export type DataDocument = (typeof DATA_DOCUMENTS)[number] | (typeof CONTEXT_DOCUMENTS)[number];

/** "/data" + "actions.json" → "/data/actions.json" (the base has no trailing slash: parseEnv drops it). */
export const dataDocumentUrl = (baseUrl: string, document: DataDocument) => `${baseUrl}/${document}`;
