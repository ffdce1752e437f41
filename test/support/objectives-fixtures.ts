import { HttpResponse, http } from 'msw';
import { dataUrl, mockObjectives } from '../../src/mocks/handlers';

/** Handlers that make the objectives document fail in each way a real server can. */
export const objectivesFailures = {
  serverError: http.get(dataUrl('objectives.json'), () => new HttpResponse('boom', { status: 500 })),
  notFound: http.get(dataUrl('objectives.json'), () => new HttpResponse('not found', { status: 404 })),
  htmlFallback: http.get(
    dataUrl('objectives.json'),
    () => new HttpResponse('<!doctype html><title>app</title>', { headers: { 'Content-Type': 'text/html' } }),
  ),
  malformedJson: http.get(
    dataUrl('objectives.json'),
    () => new HttpResponse('{"version": 1, "nodes": [', { headers: { 'Content-Type': 'application/json' } }),
  ),
  network: http.get(dataUrl('objectives.json'), () => HttpResponse.error()),
  /** The second pillar's first theme lost its label; its first strategic objective has no operational one. */
  invalidRecord: http.get(dataUrl('objectives.json'), () => {
    const broken = structuredClone(mockObjectives);
    const pillar = broken.nodes[2];
    if (!pillar?.children[0]) throw new Error('fixture: the seed has changed shape');
    pillar.children[0].label = '';
    return HttpResponse.json(broken);
  }),
};
