import { z } from 'zod';
import { type ReportSectionId, reportSectionIds } from '../../domain/annual-report';
import { zodProblemLines } from '../../lib/fetch-json';
import { formatIsoDate } from '../../lib/format';

/**
 * What the team adds to the generated report, for one contract and one year: a commentary per section, the
 * contributions of section 5 and the opinions of section 6. Kept in this browser (report-draft-storage.ts)
 * and exchanged as a JSON file: both are boundaries, read back through this schema, whoever wrote them (an
 * older version of the app, another tab, a colleague's file).
 */

export const DRAFT_FORMAT = 'cap-quartiers/rapport-annuel';
/** Bump when the format changes: a draft of another version is then reported, never misread. */
export const DRAFT_VERSION = 1;

/** Generous bounds, so that a file cannot fill the browser's storage by mistake. */
const MAX_TEXT = 100_000;
const MAX_SHORT = 300;
const MAX_ENTRIES = 200;

const isoDate = z.iso.date('date attendue au format AAAA-MM-JJ');
const moment = z.iso.datetime('date et heure attendues (ISO 8601)');

const text = (max: number) =>
  z.string('texte attendu').max(max, `texte trop long (${max.toLocaleString('fr-FR')} caractères au plus)`);

/** What an opinion says. "reputee-favorable": no answer within the time given, a month at least (décret 2015-1118). */
export const opinionVerdicts = [
  'favorable',
  'favorable-reserves',
  'defavorable',
  'reputee-favorable',
] as const;
export type OpinionVerdict = (typeof opinionVerdicts)[number];

export const opinionVerdictLabels: Record<OpinionVerdict, string> = {
  favorable: 'Favorable',
  'favorable-reserves': 'Favorable avec réserves',
  defavorable: 'Défavorable',
  'reputee-favorable': 'Réputé favorable (sans réponse dans le délai fixé)',
};

/**
 * An opinion on the draft report (section 6: a conseil municipal's, a conseil citoyen's), or a contribution
 * to the perspectives (section 5): who gave it, when, what it says; for an opinion, its verdict and the
 * follow-up the team gave it.
 */
export const opinionSchema = z.object({
  id: z.string('identifiant attendu').min(1, 'identifiant vide').max(64, 'identifiant trop long'),
  body: text(MAX_SHORT),
  date: isoDate.nullable().default(null),
  verdict: z
    .enum(opinionVerdicts, { error: `avis inconnu (attendu : ${opinionVerdicts.join(', ')})` })
    .nullable()
    .default(null),
  text: text(MAX_TEXT).default(''),
  followUp: text(MAX_TEXT).default(''),
});
export type Opinion = z.infer<typeof opinionSchema>;

export type OpinionKind = 'contributions' | 'opinions';

/** The words of section 5's contributions and section 6's opinions: in the page, the print and the Word file. */
export const opinionWords: Record<
  OpinionKind,
  { title: string; one: string; add: string; empty: string; text: string }
> = {
  contributions: {
    title: 'Contributions reçues',
    one: 'Contribution',
    add: 'Ajouter une contribution',
    empty: 'Aucune contribution enregistrée.',
    text: 'Contribution',
  },
  opinions: {
    title: 'Avis reçus sur le projet de rapport',
    one: 'Avis',
    add: 'Ajouter un avis',
    empty: 'Aucun avis enregistré.',
    text: 'Texte de l’avis',
  },
};

/** An opinion's who, when and verdict as printed and written in Word, with words for what is not given. */
export const opinionCells = (opinion: Opinion) => ({
  body: opinion.body.trim() || 'Instance non précisée',
  date: opinion.date ? formatIsoDate(opinion.date) : 'date non précisée',
  verdict: opinion.verdict ? opinionVerdictLabels[opinion.verdict] : 'non précisé',
});

export const commentarySchema = z.object({
  text: text(MAX_TEXT).default(''),
  /** When the text was last changed. */
  updatedAt: moment.nullable().default(null),
  /**
   * The section's figures (see sectionFigureValues) when the text was written or last checked against them:
   * a figure that has changed since is flagged beside it. null while there is no text.
   */
  figures: z.record(z.string(), z.string('valeur attendue (texte)')).nullable().default(null),
  /** When those figures were taken. */
  figuresAt: moment.nullable().default(null),
});
export type Commentary = z.infer<typeof commentarySchema>;

export const sectionDraftSchema = z.object({
  commentary: commentarySchema.default({ text: '', updatedAt: null, figures: null, figuresAt: null }),
  opinions: z.array(opinionSchema).max(MAX_ENTRIES, `${MAX_ENTRIES} avis au plus`).default([]),
});
export type SectionDraft = z.infer<typeof sectionDraftSchema>;

const emptySection = (): SectionDraft => ({
  commentary: { text: '', updatedAt: null, figures: null, figuresAt: null },
  opinions: [],
});

const sectionsShape = Object.fromEntries(
  reportSectionIds.map((id) => [id, sectionDraftSchema.default(emptySection)]),
) as Record<ReportSectionId, z.ZodDefault<typeof sectionDraftSchema>>;

export const reportDraftSchema = z.object(
  {
    format: z.literal(DRAFT_FORMAT, `format inconnu (attendu : « ${DRAFT_FORMAT} »)`),
    version: z.literal(DRAFT_VERSION, `version de format inconnue (attendu : ${DRAFT_VERSION})`),
    /** The contract's code (or name, when it has none): a draft belongs to one contract. */
    contract: z.string('contrat attendu (texte)').min(1, 'contrat vide').max(MAX_SHORT, 'contrat trop long'),
    year: z.number('année attendue (nombre)').int('année entière attendue').min(2000).max(2100),
    updatedAt: moment,
    sections: z.object(sectionsShape, 'sections attendues (objet)'),
  },
  'brouillon attendu (objet JSON)',
);
export type ReportDraft = z.infer<typeof reportDraftSchema>;

export const emptyDraft = (contract: string, year: number, now = new Date()): ReportDraft => ({
  format: DRAFT_FORMAT,
  version: DRAFT_VERSION,
  contract,
  year,
  updatedAt: now.toISOString(),
  sections: Object.fromEntries(reportSectionIds.map((id) => [id, emptySection()])) as Record<
    ReportSectionId,
    SectionDraft
  >,
});

/** Whether the team has written anything at all in it. */
export const isBlankDraft = (draft: ReportDraft) =>
  reportSectionIds.every((id) => {
    const section = draft.sections[id];
    return section.commentary.text.trim() === '' && section.opinions.length === 0;
  });

/** A draft's identity: the contract (its code, or its name when it has none) and the year. */
export type DraftKey = { contract: string; year: number };

export const draftKeyOf = (
  meta: { contractCode: string | null; contractName: string },
  year: number,
): DraftKey => ({
  contract: meta.contractCode ?? meta.contractName,
  year,
});

// ---- Edits, as pure functions of the draft ----

export type DraftEdit = (draft: ReportDraft, now: Date) => ReportDraft;

const withSection = (
  draft: ReportDraft,
  id: ReportSectionId,
  section: SectionDraft,
  now: Date,
): ReportDraft => ({
  ...draft,
  updatedAt: now.toISOString(),
  sections: { ...draft.sections, [id]: section },
});

/**
 * The commentary's new text. The figures it was written against are taken when it is first written (from
 * empty); later edits keep them, so that a flag stays until the team says the text was checked (checkFigures):
 * fixing a typo is not checking every figure. Emptying the text drops them.
 */
export const setCommentary =
  (
    id: ReportSectionId,
    value: string,
    /** The section's figures now; null while some are still loading: kept at the next edit instead. */
    figures: Record<string, string> | null,
  ): DraftEdit =>
  (draft, now) => {
    const section = draft.sections[id];
    const before = section.commentary;
    const blank = value.trim() === '';
    const firstWriting = before.figures === null || before.text.trim() === '';
    return withSection(
      draft,
      id,
      {
        ...section,
        commentary: {
          text: value,
          updatedAt: now.toISOString(),
          figures: blank ? null : firstWriting ? figures : before.figures,
          figuresAt: blank
            ? null
            : firstWriting
              ? figures === null
                ? null
                : now.toISOString()
              : before.figuresAt,
        },
      },
      now,
    );
  };

/** The team has checked the commentary against the figures as they are now. */
export const checkFigures =
  (id: ReportSectionId, figures: Record<string, string>): DraftEdit =>
  (draft, now) => {
    const section = draft.sections[id];
    return withSection(
      draft,
      id,
      { ...section, commentary: { ...section.commentary, figures, figuresAt: now.toISOString() } },
      now,
    );
  };

let lastId = 0;
/** A new entry's id: unique within a draft, readable in the file. */
export const newOpinionId = (now: Date = new Date()) => {
  lastId = Math.max(lastId + 1, now.getTime());
  return `avis-${lastId.toString(36)}`;
};

export const addOpinion =
  (id: ReportSectionId, opinion: Opinion): DraftEdit =>
  (draft, now) => {
    const section = draft.sections[id];
    return withSection(draft, id, { ...section, opinions: [...section.opinions, opinion] }, now);
  };

export const updateOpinion =
  (id: ReportSectionId, opinionId: string, change: Partial<Omit<Opinion, 'id'>>): DraftEdit =>
  (draft, now) => {
    const section = draft.sections[id];
    return withSection(
      draft,
      id,
      {
        ...section,
        opinions: section.opinions.map((opinion) =>
          opinion.id === opinionId ? { ...opinion, ...change } : opinion,
        ),
      },
      now,
    );
  };

export const removeOpinion =
  (id: ReportSectionId, opinionId: string): DraftEdit =>
  (draft, now) => {
    const section = draft.sections[id];
    return withSection(
      draft,
      id,
      { ...section, opinions: section.opinions.filter((opinion) => opinion.id !== opinionId) },
      now,
    );
  };

// ---- The file ----

/** The draft as a file: indented JSON, so that a person can read it and compare two versions. */
export const draftFileJson = (draft: ReportDraft) => `${JSON.stringify(draft, null, 2)}\n`;

/** "Contrat de ville d’Évry" → "contrat-de-ville-d-evry": a contract in a file name. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const draftFileName = (draft: ReportDraft) =>
  `rapport-annuel-${draft.year}-${fileSlug(draft.contract)}-brouillon.json`;

export type DraftRead = { ok: true; draft: ReportDraft } | { ok: false; problems: string[] };

/** "sections.actions.commentary.text : texte attendu", or the message alone for the whole document. */
/** Reads a stored or exported draft: its problems, each naming the field, when it is not a draft. */
export const parseDraft = (value: unknown): DraftRead => {
  const parsed = reportDraftSchema.safeParse(value);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, problems: zodProblemLines(parsed.error) };
};

/**
 * Reads a draft file chosen by the user for this contract and year. Every refusal says why, naming the file
 * and the field: not JSON, not a draft, a draft of another contract or year.
 */
export const readDraftFile = (fileName: string, content: string, expected: DraftKey): DraftRead => {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, problems: [`« ${fileName} » n’est pas un fichier JSON lisible${detail}.`] };
  }
  const read = parseDraft(value);
  if (!read.ok) {
    return {
      ok: false,
      problems: [`« ${fileName} » n’est pas un brouillon de rapport valide :`, ...read.problems],
    };
  }
  const { draft } = read;
  if (draft.contract !== expected.contract) {
    return {
      ok: false,
      problems: [
        `« ${fileName} » est le brouillon d’un autre contrat (contract : « ${draft.contract} », attendu : « ${expected.contract} »).`,
      ],
    };
  }
  if (draft.year !== expected.year) {
    return {
      ok: false,
      problems: [
        `« ${fileName} » est le brouillon du rapport ${draft.year} (year : ${draft.year}), pas de ${expected.year} : ouvrez le rapport ${draft.year} pour l’importer.`,
      ],
    };
  }
  return { ok: true, draft };
};
