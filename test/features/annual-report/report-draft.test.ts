import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureChanges } from '../../../src/features/annual-report/report-content';
import {
  addOpinion,
  checkFigures,
  draftFileJson,
  draftFileName,
  emptyDraft,
  isBlankDraft,
  parseDraft,
  readDraftFile,
  removeOpinion,
  setCommentary,
  updateOpinion,
} from '../../../src/features/annual-report/report-draft';
import {
  deleteDraft,
  draftStorageKey,
  journalDraft,
  readDraft,
  writeDraft,
} from '../../../src/features/annual-report/report-draft-storage';

const KEY = { contract: 'CV149', year: 2023 };
const at = (iso: string) => new Date(iso);

describe('Report draft: edits', () => {
  it('takes the figures when a commentary is first written, keeps them while it is edited, and on a check', () => {
    const first = { Actions: '31' };
    const later = { Actions: '33' };
    let draft = emptyDraft('CV149', 2023, at('2024-01-01T08:00:00Z'));
    expect(isBlankDraft(draft)).toBe(true);
    draft = setCommentary('actions', 'Trente et une actions.', first)(draft, at('2024-01-02T08:00:00Z'));
    expect(draft.sections.actions.commentary).toEqual({
      text: 'Trente et une actions.',
      updatedAt: '2024-01-02T08:00:00.000Z',
      figures: first,
      figuresAt: '2024-01-02T08:00:00.000Z',
    });
    expect(draft.updatedAt).toBe('2024-01-02T08:00:00.000Z');
    expect(isBlankDraft(draft)).toBe(false);

    // An edit keeps the figures it was written against: the flag stays until the text is checked.
    draft = setCommentary(
      'actions',
      'Trente et une actions menées.',
      later,
    )(draft, at('2024-01-03T08:00:00Z'));
    expect(draft.sections.actions.commentary.figures).toEqual(first);
    expect(figureChanges(first, later)).toEqual([{ key: 'Actions', before: '31', after: '33' }]);

    draft = checkFigures('actions', later)(draft, at('2024-01-04T08:00:00Z'));
    expect(draft.sections.actions.commentary.figures).toEqual(later);
    expect(draft.sections.actions.commentary.figuresAt).toBe('2024-01-04T08:00:00.000Z');

    // Emptied, it holds no figures; written again, it takes the figures of that moment.
    draft = setCommentary('actions', '  ', later)(draft, at('2024-01-05T08:00:00Z'));
    expect(draft.sections.actions.commentary.figures).toBeNull();
    draft = setCommentary('actions', 'Reprise.', { Actions: '40' })(draft, at('2024-01-06T08:00:00Z'));
    expect(draft.sections.actions.commentary.figures).toEqual({ Actions: '40' });
    // Other sections are untouched.
    expect(draft.sections.moyens.commentary.text).toBe('');
  });

  it('waits for figures still loading: a commentary begun meanwhile takes them at its next edit', () => {
    let draft = emptyDraft('CV149', 2023, at('2024-01-01T08:00:00Z'));
    draft = setCommentary('situation', 'Terre-Rouge', null)(draft, at('2024-01-02T08:00:00Z'));
    expect(draft.sections.situation.commentary).toMatchObject({
      text: 'Terre-Rouge',
      figures: null,
      figuresAt: null,
    });
    const loaded = {
      'Indicateurs de contexte : Terre-Rouge — Population — Population — Terre-Rouge': '1 036',
    };
    draft = setCommentary('situation', 'Terre-Rouge compte', loaded)(draft, at('2024-01-02T08:01:00Z'));
    expect(draft.sections.situation.commentary).toMatchObject({
      figures: loaded,
      figuresAt: '2024-01-02T08:01:00.000Z',
    });
  });

  it('adds, changes and removes opinions', () => {
    let draft = emptyDraft('CV149', 2023);
    const opinion = {
      id: 'avis-1',
      body: 'Conseil municipal',
      date: null,
      verdict: null,
      text: '',
      followUp: '',
    };
    draft = addOpinion('annexes', opinion)(draft, new Date());
    draft = updateOpinion('annexes', 'avis-1', { verdict: 'reputee-favorable', date: '2024-03-01' })(
      draft,
      new Date(),
    );
    expect(draft.sections.annexes.opinions).toEqual([
      { ...opinion, verdict: 'reputee-favorable', date: '2024-03-01' },
    ]);
    draft = removeOpinion('annexes', 'avis-1')(draft, new Date());
    expect(draft.sections.annexes.opinions).toEqual([]);
  });

  it('lists every figure that changed, appeared or is gone', () => {
    expect(figureChanges({ a: '1', b: '2', c: '3' }, { a: '1', b: '5', d: '4' })).toEqual([
      { key: 'b', before: '2', after: '5' },
      { key: 'c', before: '3', after: null },
      { key: 'd', before: null, after: '4' },
    ]);
  });
});

describe('Report draft: the file', () => {
  const draft = setCommentary('actions', 'Texte.', { Actions: '31' })(emptyDraft('CV149', 2023), new Date());

  it('round-trips through its JSON file, named after the contract and the year', () => {
    expect(draftFileName(emptyDraft('Contrat de ville d’Évry', 2023))).toBe(
      'rapport-annuel-2023-contrat-de-ville-d-evry-brouillon.json',
    );
    const read = readDraftFile('brouillon.json', draftFileJson(draft), KEY);
    expect(read).toEqual({ ok: true, draft });
  });

  it('fills what an older draft lacks, and names each field a bad one gets wrong', () => {
    const { sections: _omitted, ...withoutSections } = JSON.parse(draftFileJson(draft));
    const read = parseDraft({ ...withoutSections, sections: { actions: { commentary: { text: 'Seul.' } } } });
    expect(read.ok && read.draft.sections.actions.commentary.text).toBe('Seul.');
    expect(read.ok && read.draft.sections.annexes.opinions).toEqual([]);

    const bad = parseDraft({
      ...JSON.parse(draftFileJson(draft)),
      version: 9,
      sections: { annexes: { opinions: [{ id: '', body: 'x', date: '01/03/2024', verdict: 'bof' }] } },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        'version : version de format inconnue (attendu : 1)',
        'sections.annexes.opinions[0].id : identifiant vide',
        'sections.annexes.opinions[0].date : date attendue au format AAAA-MM-JJ',
        expect.stringMatching(/^sections\.annexes\.opinions\[0\]\.verdict : avis inconnu/),
      ]),
    );
    expect(parseDraft([1, 2]).ok).toBe(false);
  });

  it('refuses a draft of another contract or year, saying which', () => {
    const other = readDraftFile('x.json', draftFileJson({ ...draft, contract: 'CV999' }), KEY);
    expect(other).toEqual({
      ok: false,
      problems: [
        '« x.json » est le brouillon d’un autre contrat (contract : « CV999 », attendu : « CV149 »).',
      ],
    });
    const year = readDraftFile('x.json', draftFileJson({ ...draft, year: 2021 }), KEY);
    expect(year.ok === false && year.problems[0]).toMatch(/rapport 2021 \(year : 2021\), pas de 2023/);
  });
});

describe('Report draft: storage in this browser', () => {
  beforeEach(async () => {
    localStorage.clear();
    await deleteDraft(KEY);
  });
  afterEach(() => deleteDraft(KEY));

  it('reads back what was saved, and nothing for another year', async () => {
    const draft = setCommentary('actions', 'Enregistré.', {})(emptyDraft('CV149', 2023), new Date());
    await writeDraft(draft);
    expect(await readDraft(KEY)).toEqual({ status: 'ready', draft });
    expect(await readDraft({ ...KEY, year: 2022 })).toEqual({ status: 'none' });
  });

  it('takes the journal when the tab closed (or crashed) before the last save', async () => {
    const saved = setCommentary(
      'actions',
      'Enregistré.',
      {},
    )(emptyDraft('CV149', 2023), at('2024-01-01T08:00:00Z'));
    await writeDraft(saved);
    // Typed after the last save: journalled at once, never saved.
    const typed = setCommentary('actions', 'Enregistré. Puis tapé.', {})(saved, at('2024-01-01T08:00:01Z'));
    expect(journalDraft(typed)).toBe(true);
    expect(await readDraft(KEY)).toEqual({ status: 'ready', draft: typed });
    // Once saved, the journal is cleared.
    await writeDraft(typed);
    expect(localStorage.length).toBe(0);
  });

  it('keeps a journal newer than the save that clears it', async () => {
    const one = setCommentary('actions', 'Un.', {})(emptyDraft('CV149', 2023), at('2024-01-01T08:00:00Z'));
    const two = setCommentary('actions', 'Un. Deux.', {})(one, at('2024-01-01T08:00:02Z'));
    journalDraft(two);
    await writeDraft(one);
    expect(await readDraft(KEY)).toEqual({ status: 'ready', draft: two });
  });

  it('reports a stored draft it cannot read, rather than overwriting it', async () => {
    await set(
      draftStorageKey(KEY),
      { format: 'autre chose' },
      createStore('cap-quartiers-rapports', 'brouillons'),
    );
    const read = await readDraft(KEY);
    expect(read.status).toBe('invalid');
    expect(read.status === 'invalid' && read.problems[0]).toMatch(/^format : format inconnu/);
  });
});
