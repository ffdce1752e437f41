import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/app/register-service-worker';

const withServiceWorker = (register: (url: string, options: { scope: string }) => Promise<unknown>) => {
  Object.defineProperty(navigator, 'serviceWorker', { value: { register }, configurable: true });
};

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('registerServiceWorker', () => {
  it('registers the worker of the app’s base, over the whole app, once the page has loaded', async () => {
    const register = vi.fn(async () => ({}));
    withServiceWorker(register);
    registerServiceWorker('/cap-quartiers/');
    await vi.waitFor(() =>
      expect(register).toHaveBeenCalledWith('/cap-quartiers/service-worker.js', { scope: '/cap-quartiers/' }),
    );
  });

  it('says why in the console when the browser refuses it, and the app carries on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    withServiceWorker(async () => {
      throw new Error('refusé');
    });
    expect(() => registerServiceWorker('/')).not.toThrow();
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('hors ligne'), expect.any(Error)),
    );
  });

  it('does nothing in a browser without service workers', () => {
    expect('serviceWorker' in navigator).toBe(false);
    expect(() => registerServiceWorker('/')).not.toThrow();
  });
});
