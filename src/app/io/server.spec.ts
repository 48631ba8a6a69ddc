import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverBase } from './server.ts';

// Issue 18: the page asks /api/health only when `serve` said it serves it (a meta element) or the address
// names ?api=; anywhere else a probe would only log a 404.
afterEach(() => vi.unstubAllGlobals());

function stubFetch(body: unknown, ok = true) {
  const fetch = vi.fn(async () => ({ ok, json: async () => body }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('serverBase', () => {
  it('asks nothing on a page not served by serve', async () => {
    const fetch = stubFetch({ ok: true, store: true });
    expect(await serverBase('?graph=g.json', false)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks its own origin when serve marked the page, another base with ?api=', async () => {
    const fetch = stubFetch({ ok: true, store: true });
    expect(await serverBase('', true)).toBe('');
    expect(fetch).toHaveBeenLastCalledWith('/api/health', expect.anything());
    expect(await serverBase('?api=http://127.0.0.1:5178/', false)).toBe('http://127.0.0.1:5178');
    expect(fetch).toHaveBeenLastCalledWith('http://127.0.0.1:5178/api/health', expect.anything());
  });

  it('is not a store unless health says so', async () => {
    stubFetch({ ok: true });
    expect(await serverBase('', true)).toBeNull();
    stubFetch({}, false);
    expect(await serverBase('', true)).toBeNull();
  });
});
