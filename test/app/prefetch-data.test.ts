import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchData, waitAtMost } from '../../src/app/prefetch-data';
import { createQueryClient } from '../../src/app/query-client';
import { server } from '../support/server';

describe('prefetchData', () => {
  it('settles once the four documents are in the cache, validated', async () => {
    const client = createQueryClient();
    await prefetchData(client);
    const objectives = client.getQueryData<{ nodes: unknown[] }>(['objectives']);
    const territories = client.getQueryData<{ records: unknown[] }>(['territories']);
    const actions = client.getQueryData<{ published: boolean; records: unknown[] }>(['actions']);
    expect(objectives?.nodes.length).toBeGreaterThan(0);
    expect(territories?.records.length).toBeGreaterThan(0);
    expect(client.getQueryData(['meta'])).toBeDefined();
    expect(actions?.published).toBe(true);
    expect(actions?.records.length).toBeGreaterThan(0);
  });

  it('then asks for the territories’ perimeters and statistics, without waiting for them', async () => {
    const client = createQueryClient();
    await prefetchData(client);
    await vi.waitFor(() => {
      expect(client.getQueryData<{ published: boolean }>(['perimeters'])?.published).toBe(true);
      expect(client.getQueryData<{ published: boolean }>(['indicators'])?.published).toBe(true);
    });
  });

  it('settles too when a document fails, leaving the failure for the page to show', async () => {
    server.use(http.get('*/meta.json', () => new HttpResponse('{ pas du JSON', { status: 200 })));
    const client = createQueryClient();
    await prefetchData(client);
    expect(client.getQueryState(['meta'])?.status).toBe('error');
    expect(client.getQueryState(['actions'])?.status).toBe('success');
  });
});

describe('waitAtMost', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const settledAfter = async (promise: Promise<void>) => {
    let settled = false;
    void promise.then(() => {
      settled = true;
    });
    // Let the promise's callbacks run.
    await vi.advanceTimersByTimeAsync(0);
    return () => settled;
  };

  it('ends as soon as the data are there, without waiting for the cap', async () => {
    vi.useFakeTimers();
    let arrive = () => {};
    const ready = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const settled = await settledAfter(waitAtMost(ready, 200));
    expect(settled()).toBe(false);
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled()).toBe(true);
  });

  it('ends at the cap when the data are late, and when they fail', async () => {
    vi.useFakeTimers();
    const late = await settledAfter(waitAtMost(new Promise<void>(() => {}), 200));
    await vi.advanceTimersByTimeAsync(199);
    expect(late()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(late()).toBe(true);

    const failed = await settledAfter(waitAtMost(Promise.reject(new Error('réseau')), 200));
    expect(failed()).toBe(true);
  });
});
