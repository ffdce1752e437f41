// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultMockSettings,
  type MockSettings,
  parseMockParams,
  toMockParams,
} from '../../src/mocks/mock-settings';

describe('mock settings in the address', () => {
  it.each<[string, MockSettings]>([
    ['', defaultMockSettings],
    ['mock-actions=100000', { ...defaultMockSettings, actions: 100_000 }],
    ['mock-actions=standard', defaultMockSettings],
    ['mock-latency=800&mock-failure=timeout', { ...defaultMockSettings, latencyMs: 800, failure: 'timeout' }],
    [
      'mock-failure=invalid-records&mock-target=territories&mock-seed=7',
      { ...defaultMockSettings, failure: 'invalid-records', target: 'territories', seed: 7 },
    ],
  ])('reads "%s"', (search, expected) => {
    expect(parseMockParams(new URLSearchParams(search))).toEqual(expected);
  });

  it.each([
    'mock-actions=-5',
    'mock-actions=abc',
    'mock-actions=0',
    'mock-actions=99999999',
    'mock-latency=1e3',
    'mock-latency=999999',
    'mock-failure=explode',
    'mock-target=everything',
    'mock-seed=-1',
  ])('ignores the invalid "%s" and keeps the defaults', (search) => {
    expect(parseMockParams(new URLSearchParams(search))).toEqual(defaultMockSettings);
  });

  it('keeps the valid params next to an invalid one', () => {
    expect(parseMockParams(new URLSearchParams('mock-actions=10000&mock-failure=explode'))).toEqual({
      ...defaultMockSettings,
      actions: 10_000,
    });
  });

  it('starts from the stored settings and lets the address override them', () => {
    const stored: MockSettings = { ...defaultMockSettings, latencyMs: 300, failure: 'http-500' };
    expect(parseMockParams(new URLSearchParams('mock-failure=none'), stored)).toEqual({
      ...stored,
      failure: 'none',
    });
  });

  it('writes nothing for the defaults, and only what differs otherwise', () => {
    expect(toMockParams(defaultMockSettings).toString()).toBe('');
    expect(toMockParams({ ...defaultMockSettings, failure: 'no-actions' }).toString()).toBe(
      'mock-failure=no-actions',
    );
  });

  it.each<MockSettings>([
    defaultMockSettings,
    { actions: 10_000, latencyMs: 1_000, failure: 'malformed-json', target: 'meta', seed: 1 },
    { actions: null, latencyMs: 0, failure: 'invalid-records', target: 'territories', seed: 46 },
    { ...defaultMockSettings, actions: 100_000 },
  ])('round-trips %j', (settings) => {
    expect(parseMockParams(toMockParams(settings))).toEqual(settings);
  });
});
