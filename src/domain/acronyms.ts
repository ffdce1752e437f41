import { looseText } from '../lib/text-match';

/**
 * Acronyms met in contracts de ville and their expansions. Labels show them with an accessible expansion
 * (RGAA 9.x asks that abbreviations be explained), and the glossary page lists them all.
 */
export type Acronym = { abbr: string; expansion: string; description?: string };

export const acronyms: readonly Acronym[] = [
  {
    abbr: 'ASV',
    expansion: 'Atelier Santé Ville',
    description: 'Coordination locale de la promotion de la santé dans les quartiers.',
  },
  {
    abbr: 'CLSPD',
    expansion: 'Conseil local de sécurité et de prévention de la délinquance',
    description: 'Instance présidée par le maire, qui coordonne la prévention de la délinquance.',
  },
  {
    abbr: 'GUP',
    expansion: 'gestion urbaine de proximité',
    description: 'Gestion au quotidien d’un quartier par la ville, les bailleurs sociaux et les habitants.',
  },
  { abbr: 'PA', expansion: 'personnes âgées' },
  {
    abbr: 'QPV',
    expansion: 'quartier prioritaire de la politique de la ville',
    description: 'Seul type de quartier éligible aux crédits du BOP 147 de l’État.',
  },
  {
    abbr: 'BOP',
    expansion: 'budget opérationnel de programme',
    description: 'Le BOP 147 porte les crédits « politique de la ville » de l’État.',
  },
  {
    abbr: 'TFPB',
    expansion: 'taxe foncière sur les propriétés bâties',
    description: 'Les bailleurs sociaux bénéficient d’un abattement de 30 % en QPV contre un plan d’actions.',
  },
  { abbr: 'ANCT', expansion: 'Agence nationale de la cohésion des territoires' },
  { abbr: 'CAF', expansion: 'caisse d’allocations familiales' },
  { abbr: 'COPIL', expansion: 'comité de pilotage' },
  { abbr: 'COTECH', expansion: 'comité technique' },
  {
    abbr: 'ANRU',
    expansion: 'Agence nationale pour la rénovation urbaine',
    description: 'Finance le renouvellement urbain (NPNRU) des quartiers prioritaires.',
  },
  { abbr: 'NPNRU', expansion: 'nouveau programme national de renouvellement urbain' },
  { abbr: 'PRE', expansion: 'Programme de réussite éducative' },
  {
    abbr: 'CLAS',
    expansion: 'Contrat local d’accompagnement à la scolarité',
    description: 'Dispositif de la CAF d’aide aux devoirs et d’accompagnement des parents.',
  },
  { abbr: 'CPO', expansion: 'convention pluriannuelle d’objectifs' },
  {
    abbr: 'FONJEP',
    expansion: 'Fonds de coopération de la jeunesse et de l’éducation populaire',
    description: 'Cofinance des postes dans les associations (7 164 € par an et par poste).',
  },
];

const byAbbr = new Map(acronyms.map((acronym) => [acronym.abbr, acronym]));

// Whole words in capitals only: "PA" must not be found inside "PARTICIPATION" nor in "pa".
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${acronyms.map((a) => a.abbr).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** `explained`: the text already spells the acronym out ("… de proximité (GUP)"), so saying it again is noise. */
export type TextSegment = { text: string; acronym?: Acronym; explained?: boolean };

/** Splits a label into plain text and known acronyms, so a view can wrap each acronym in an <abbr>. */
export const splitAcronyms = (text: string): TextSegment[] => {
  const segments: TextSegment[] = [];
  const loose = looseText(text);
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start) });
    const acronym = byAbbr.get(match[0]) as Acronym;
    segments.push({ text: match[0], acronym, explained: loose.includes(looseText(acronym.expansion)) });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
};

/** "Renforcer le CLSPD" → "Renforcer le CLSPD (Conseil local de sécurité…)", for accessible names. */
export const expandAcronyms = (text: string) =>
  splitAcronyms(text)
    .map((segment) =>
      segment.acronym && !segment.explained ? `${segment.text} (${segment.acronym.expansion})` : segment.text,
    )
    .join('');
