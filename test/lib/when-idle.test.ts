import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/lib/when-idle';

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the browser to be idle, at most the given time', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    const task = vi.fn();
    whenIdle(task, 2_000);
    expect(task).not.toHaveBeenCalled();
    expect(idle).toHaveBeenCalledWith(task, { timeout: 2_000 });
  });

  it('runs the task at once in a browser without requestIdleCallback', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    whenIdle(task, 2_000);
    expect(task).toHaveBeenCalledOnce();
  });
});
