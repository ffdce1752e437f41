import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyResponse, untilAborted } from '../../src/lib/early-responses';
import { EARLY_RESPONSES_GLOBAL } from '../../src/lib/snapshot-protocol';

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals[EARLY_RESPONSES_GLOBAL];
});

describe('takeEarlyResponse', () => {
  it('gives the gate’s response for a URL once, then leaves the next request to the network', async () => {
    const response = Promise.resolve(new Response('{"actions":[]}'));
    globals[EARLY_RESPONSES_GLOBAL] = new Map([['/data/actions.json', response]]);
    expect(takeEarlyResponse('/data/meta.json')).toBeUndefined();
    expect(takeEarlyResponse('/data/actions.json')).toBe(response);
    expect(takeEarlyResponse('/data/actions.json')).toBeUndefined();
  });

  it('gives nothing on a page without a gate', () => {
    expect(takeEarlyResponse('/data/actions.json')).toBeUndefined();
  });
});

describe('untilAborted', () => {
  it('rejects with the signal’s reason once it aborts, as a fetch given the signal would', async () => {
    const controller = new AbortController();
    const never = new Promise<never>(() => {});
    const waiting = untilAborted(never, controller.signal);
    controller.abort(new Error('délai dépassé'));
    await expect(waiting).rejects.toThrow('délai dépassé');
  });

  it('passes the value through when the signal does not abort', async () => {
    await expect(untilAborted(Promise.resolve(3), new AbortController().signal)).resolves.toBe(3);
  });
});
