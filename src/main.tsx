// The styles first, in the entry: the built index.html links them in its <head>, so that a prerendered first
// screen (scripts/prerender.ts) is painted with them.
import './styles/global.css';
import './styles/print.css';
import { afterSnapshotPainted } from './lib/snapshot-wait';

/**
 * The app's code is evaluated once a prerendered first screen is on screen, not before: evaluating it is one
 * long task (React, the router, the query cache, zod and its schemas, the pages: 100 to 150 ms on a modest
 * laptop) that would otherwise run as soon as the HTML is read, hold back the gate's check and so the
 * snapshot's first paint. The files are downloaded meanwhile all the same (the built index.html preloads
 * them: scripts/vite/preload-app.ts). Without a snapshot to wait for, the app starts at once.
 */
void afterSnapshotPainted().then(() => import('./app/start'));
