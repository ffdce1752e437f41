import { describe, expect, it } from 'vitest';
import { territoryResolver } from '../../../src/features/import/reference-match';
import { mockTerritories } from '../../../src/mocks/handlers';

const territories = territoryResolver(mockTerritories);

describe('territoryResolver: names as people write them', () => {
  it.each([
    // Case, accents, punctuation as spaces: the same words, read without a note, as before.
    ['Sainte-Valérie', 'sainte-valerie'],
    ['sainte valerie', 'sainte-valerie'],
    ['TERRE ROUGE', 'terre-rouge'],
    ['Croix de Fer', 'croix-de-fer'],
    ['Croix-de Fer', 'croix-de-fer'],
    ['Centre-Ancien', 'centre-ancien'],
    ['Valentre', 'valentre'],
    ['Les Escales(Pradines)', 'les-escales'],
    ['Les Escales (Pradines)', 'les-escales'],
    ['QP046001', 'terre-rouge'],
  ])('reads « %s » as it is', (written, id) => {
    expect(territories(written)).toEqual({ ok: true, value: id });
  });

  it.each([
    ['Ste Valérie', 'sainte-valerie', 'Sainte-Valérie'],
    ['Ste-Valérie', 'sainte-valerie', 'Sainte-Valérie'],
    ['STE VALERIE', 'sainte-valerie', 'Sainte-Valérie'],
    ['Terrerouge', 'terre-rouge', 'Terre-Rouge'],
    ['CroixdeFer', 'croix-de-fer', 'Croix-de-Fer'],
    ['Centreancien', 'centre-ancien', 'Centre ancien'],
    ['LesEscales', 'les-escales', 'Les Escales'],
  ])('reads « %s » as %s, saying so', (written, id, name) => {
    expect(territories(written)).toEqual({
      ok: true,
      value: id,
      note: `« ${written} » lu comme « ${name} »`,
    });
  });

  it.each([
    ['St Valérie', 'Sainte-Valérie'],
    ['Ste Valéry', 'Sainte-Valérie'],
    ['Terre Rouges', 'Terre-Rouge'],
    ['Croix de Fers', 'Croix-de-Fer'],
  ])('does not read « %s », and suggests « %s »', (written, suggestion) => {
    expect(territories(written)).toEqual({
      ok: false,
      message: `« ${written} » ne correspond à aucun quartier du contrat`,
      suggestion,
    });
  });

  it('lists the territories when nothing is close', () => {
    expect(territories('Lafayette')).toMatchObject({
      ok: false,
      message: expect.stringContaining('(attendu : Terre-Rouge, Sainte-Valérie, Croix-de-Fer'),
      suggestion: null,
    });
  });
});
