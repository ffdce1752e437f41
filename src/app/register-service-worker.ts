import { whenIdle } from '../lib/when-idle';

/**
 * Registers the service worker that keeps the app's files for a visit without network
 * (service-worker/service-worker.ts). Once the page has loaded and the browser is idle: the worker then
 * downloads every file of the app, which must not compete with the first screen.
 *
 * Production only: the development server has MSW's worker, which must stay the only one there.
 */
export const registerServiceWorker = (baseUrl: string) => {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${baseUrl}service-worker.js`, { scope: baseUrl })
      .catch((error: unknown) => {
        // Without it the app works as before; only a reload without network fails.
        console.warn('Le service de fonctionnement hors ligne n’a pas pu être installé :', error);
      });
  };
  const registerWhenIdle = () => whenIdle(register, 5_000);
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, { once: true });
};
