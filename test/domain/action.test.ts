import { describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/domain/action';
import type { FieldProblem } from '../../src/lib/fetch-json';
import { only, problemsWith } from '../support/schema-problems';

const problems = problemsWith(actionSchema);

/** Every field filled, as a project team would publish it. */
const fullAction = () => ({
  id: '2024-017',
  year: 2024,
  title: 'Atelier de remobilisation vers l’emploi',
  porteur: { name: 'Association Trait d’union', type: 'association' },
  objectives: ['P4.1.1', 'T1.2.1'],
  territories: ['terre-rouge', 'sainte-valerie'],
  targetPublic: 'jeunes de 16 à 25 ans',
  status: 'en-cours',
  progress: 40,
  progressHistory: [
    { date: '2024-03-15', progress: 10 },
    { date: '2024-06-30', progress: 40 },
  ],
  budget: {
    totalCost: 24_000,
    funding: { etat: 9_000, ville: 5_000, agglomeration: 4_000, caf: 2_000, porteur: 4_000 },
  },
  beneficiaries: { planned: 30, actual: 12 },
  startDate: '2024-02-01',
  endDate: '2024-12-31',
});

/** Only the required fields. */
const minimalAction = () => ({
  id: '2024-018',
  year: 2024,
  title: 'Fête de quartier',
  porteur: { name: 'Ville de Cahors', type: 'commune' },
  objectives: ['P1.1.1'],
  territories: ['terre-rouge'],
  status: 'programmee',
  budget: { totalCost: 3_000, funding: { ville: 3_000 } },
});

type Draft = ReturnType<typeof fullAction>;

describe('actionSchema', () => {
  it('accepts a full action and keeps every field as published', () => {
    const action = fullAction();
    expect(problems(action)).toEqual([]);
    expect(actionSchema.parse(action)).toEqual(action);
  });

  it('accepts a minimal action and fills the defaults', () => {
    expect(actionSchema.parse(minimalAction())).toEqual({
      ...minimalAction(),
      targetPublic: null,
      progress: null,
      progressHistory: [],
      beneficiaries: { planned: null, actual: null },
      startDate: null,
      endDate: null,
    });
  });

  it('keeps an absent progress as null ("non renseigné"), never 0 %', () => {
    const { progress } = actionSchema.parse(minimalAction());
    expect(progress).toBeNull();
    expect(progress).not.toBe(0);
  });

  it('accepts 0 % and 100 % as reported values', () => {
    for (const progress of [0, 100]) {
      const action = { ...fullAction(), progress, progressHistory: [{ date: '2024-06-30', progress }] };
      expect(actionSchema.parse(action).progress).toBe(progress);
    }
  });

  it('accepts funding that exceeds the total cost by less than a cent (rounding)', () => {
    const action = {
      ...fullAction(),
      budget: { totalCost: 12_000, funding: { etat: 6_000.002, ville: 6_000.002 } },
    };
    expect(problems(action)).toEqual([]);
  });

  it('trims texts', () => {
    expect(actionSchema.parse({ ...fullAction(), title: '  Atelier  ' }).title).toBe('Atelier');
  });

  it.each<[string, (action: Draft) => unknown, FieldProblem[]]>([
    [
      'an unknown status',
      (a) => ({ ...a, status: 'validee' }),
      only('status', /^statut inconnu \(attendu :/),
    ],
    [
      'progress 140',
      (a) => ({ ...a, progress: 140, progressHistory: [] }),
      only('progress', /^avancement supérieur à 100 %$/),
    ],
    [
      // The out-of-range value is the one problem: no second message about the history's last point.
      'progress 140 with a history ending at 40',
      (a) => ({ ...a, progress: 140 }),
      only('progress', /^avancement supérieur à 100 %$/),
    ],
    [
      'progress -5',
      (a) => ({ ...a, progress: -5, progressHistory: [] }),
      only('progress', /^avancement inférieur à 0 %$/),
    ],
    [
      'an objective listed twice',
      (a) => ({ ...a, objectives: ['P2.3.1', 'P2.3.1'] }),
      only('objectives[1]', /^« P2\.3\.1 » figure deux fois$/),
    ],
    [
      'a territory listed twice',
      (a) => ({ ...a, territories: ['terre-rouge', 'terre-rouge'] }),
      only('territories[1]', /^« terre-rouge » figure deux fois$/),
    ],
    [
      'an unknown funder',
      (a) => ({ ...a, budget: { totalCost: 100, funding: { mairie: 100 } } }),
      only('budget.funding', /^financeur inconnu : mairie \(attendu : etat, ville/),
    ],
    [
      'funding above the total cost',
      (a) => ({ ...a, budget: { totalCost: 100, funding: { etat: 60, ville: 50 } } }),
      only('budget.funding', /^la somme des financements \(110\s€\) dépasse le coût total \(100\s€\)$/),
    ],
    [
      'funding above the total cost by a cent',
      (a) => ({ ...a, budget: { totalCost: 12_000, funding: { etat: 6_000, ville: 6_000.01 } } }),
      only('budget.funding', /dépasse le coût total/),
    ],
    [
      'a negative amount',
      (a) => ({ ...a, budget: { totalCost: 100, funding: { caf: -10 } } }),
      only('budget.funding.caf', /^montant négatif$/),
    ],
    ['no objective', (a) => ({ ...a, objectives: [] }), only('objectives', /^aucun objectif$/)],
    [
      'a strategic objective code where an operational one is expected',
      (a) => ({ ...a, objectives: ['P4.1.1', 'P2.3'] }),
      only('objectives[1]', /^code d’objectif opérationnel mal formé/),
    ],
    [
      'a territory name instead of its id',
      (a) => ({ ...a, territories: ['Terre Rouge'] }),
      only('territories[0]', /^identifiant mal formé/),
    ],
    [
      'an e-mail address in the title',
      (a) => ({ ...a, title: 'Atelier – inscriptions : contact.atelier@example.fr' }),
      only('title', /^contient une adresse e-mail \(donnée personnelle interdite\)$/),
    ],
    [
      'a mobile number in the holder’s name',
      (a) => ({ ...a, porteur: { name: 'Trait d’union 06 12 34 56 78', type: 'association' } }),
      only('porteur.name', /^contient un numéro de téléphone \(donnée personnelle interdite\)$/),
    ],
    [
      'an international number in the holder’s name',
      (a) => ({ ...a, porteur: { name: 'Trait d’union +33 5 65 12 34 56', type: 'association' } }),
      only('porteur.name', /^contient un numéro de téléphone/),
    ],
    [
      'a number written with dots in the target public',
      (a) => ({ ...a, targetPublic: 'familles (renseignements au 05.65.12.34.56)' }),
      only('targetPublic', /^contient un numéro de téléphone/),
    ],
    [
      'an end before the start',
      (a) => ({ ...a, startDate: '2024-06-01', endDate: '2024-05-31' }),
      only('endDate', /^la date de fin précède la date de début$/),
    ],
    [
      'a history not sorted oldest first',
      (a) => ({
        ...a,
        progressHistory: [
          { date: '2024-06-30', progress: 10 },
          { date: '2024-03-15', progress: 40 },
        ],
      }),
      only('progressHistory[1].date', /^les points d’avancement doivent être classés du plus ancien/),
    ],
    [
      'progress differing from the history’s last point',
      (a) => ({ ...a, progress: 60 }),
      only('progress', /^l’avancement \(60 %\) diffère du dernier point de l’historique \(40 %\)$/),
    ],
    [
      'progress null with a history',
      (a) => ({ ...a, progress: null }),
      only('progress', /^avancement absent alors que l’historique se termine à 40 %$/),
    ],
    [
      'progress absent with a history',
      ({ progress: _, ...a }) => a,
      only('progress', /^avancement absent alors que l’historique se termine à 40 %$/),
    ],
    ['the year as a string', (a) => ({ ...a, year: '2024' }), only('year', /^année attendue \(nombre\)$/)],
    [
      'a date that does not exist',
      (a) => ({ ...a, startDate: '2024-02-30' }),
      only('startDate', /^date attendue au format AAAA-MM-JJ$/),
    ],
    ['an empty title', (a) => ({ ...a, title: '   ' }), only('title', /^intitulé vide$/)],
    [
      'an unknown holder type',
      (a) => ({ ...a, porteur: { name: 'Trait d’union', type: 'fondation' } }),
      only('porteur.type', /^type de porteur inconnu/),
    ],
    [
      'a fractional number of beneficiaries',
      (a) => ({ ...a, beneficiaries: { planned: 12.5, actual: null } }),
      only('beneficiaries.planned', /^nombre entier attendu$/),
    ],
  ])('rejects %s, naming the field', (_, change, expected) => {
    expect(problems(change(fullAction()))).toEqual(expected);
  });

  it.each(['+33 (0)5 65 12 34 56', '0033 5 65 12 34 56', '06/12/34/56/78', '05.65.12.34.56', '+33565123456'])(
    'rejects the phone number "%s" in a text field',
    (phone) => {
      expect(problems({ ...fullAction(), title: `Renseignements au ${phone}` })).toEqual(
        only('title', /^contient un numéro de téléphone/),
      );
    },
  );

  it.each<[string, unknown, string]>([
    ['a year before 2000', 1999, 'année antérieure à 2000'],
    ['a year after 2100', 2101, 'année postérieure à 2100'],
  ])('rejects %s with a message about the range', (_, year, message) => {
    expect(problems({ ...fullAction(), year })).toEqual([{ path: 'year', message }]);
  });

  it('reports a negative total cost once, not also as over-funding', () => {
    const action = fullAction();
    expect(problems({ ...action, budget: { ...action.budget, totalCost: -100 } })).toEqual([
      { path: 'budget.totalCost', message: 'montant négatif' },
    ]);
  });

  it.each<[string, string, string]>([
    ['porteur', 'porteur', 'porteur attendu (objet avec name et type)'],
    ['budget', 'budget', 'budget attendu (objet avec totalCost et funding)'],
  ])('names a missing %s in French', (_, field, message) => {
    const { [field as 'budget']: _omitted, ...rest } = fullAction();
    expect(problems(rest)).toEqual([{ path: field, message }]);
  });
});
