import { z } from 'zod';
import { formatEuros } from '../lib/format';
import { slugSchema } from './territory';

/**
 * An action of the contract's programmation: a project funded one year under one or more operational
 * objectives, in one or more territories (see docs/data-contract.md).
 *
 * The contract holds no personal data: no field names a person, and free-text fields that contain an e-mail
 * address or a phone number are rejected, so that such data cannot reach a public dashboard by mistake.
 */

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
// French numbers written 0X XX XX XX XX, +33 X…, 0033 X…, +33 (0)X…, with spaces, dots, slashes or hyphens.
const PHONE = /(?:(?:\+|\b00)33\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s./-]?\d{2}){4}\b/;

const publicText = (what: string) =>
  z
    .string(`${what} attendu`)
    .trim()
    .min(1, `${what} vide`)
    .refine((text) => !EMAIL.test(text), 'contient une adresse e-mail (donnée personnelle interdite)')
    .refine((text) => !PHONE.test(text), 'contient un numéro de téléphone (donnée personnelle interdite)');

const isoDate = z.iso.date('date attendue au format AAAA-MM-JJ');

/** The lifecycle of an action, in order; "abandonnee" may end it at any point. */
export const actionStatuses = ['deposee', 'programmee', 'en-cours', 'realisee', 'abandonnee'] as const;
export const actionStatusSchema = z.enum(actionStatuses, {
  error: `statut inconnu (attendu : ${actionStatuses.join(', ')})`,
});
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionStatusLabels: Record<ActionStatus, string> = {
  deposee: 'Déposée',
  programmee: 'Programmée',
  'en-cours': 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
};

export const actionStatusDescriptions: Record<ActionStatus, string> = {
  deposee: 'dossier déposé à l’appel à projets, pas encore validé par le comité de pilotage',
  programmee: 'validée dans la programmation de l’année et financée, pas encore commencée',
  'en-cours': 'commencée, pas encore terminée',
  realisee: 'terminée',
  abandonnee: 'arrêtée ou non engagée ; elle reste dans l’historique',
};

export const porteurTypes = [
  'association',
  'commune',
  'intercommunalite',
  'bailleur-social',
  'etablissement-public',
  'entreprise',
  'etat',
  'autre',
] as const;
export const porteurTypeSchema = z.enum(porteurTypes, {
  error: `type de porteur inconnu (attendu : ${porteurTypes.join(', ')})`,
});
export type PorteurType = z.infer<typeof porteurTypeSchema>;

export const porteurTypeLabels: Record<PorteurType, string> = {
  association: 'Association',
  commune: 'Commune',
  intercommunalite: 'Intercommunalité',
  'bailleur-social': 'Bailleur social',
  'etablissement-public': 'Établissement public',
  entreprise: 'Entreprise',
  etat: 'Service de l’État',
  autre: 'Autre',
};

/** The co-funders of a contract, in the order committees list them. "porteur" is the holder's own funds. */
export const funders = [
  'etat',
  'ville',
  'agglomeration',
  'caf',
  'departement',
  'region',
  'bailleurs',
  'autres',
  'porteur',
] as const;
export const funderSchema = z.enum(funders);
export type Funder = z.infer<typeof funderSchema>;

export const funderLabels: Record<Funder, string> = {
  etat: 'État (BOP 147)',
  ville: 'Ville',
  agglomeration: 'Agglomération',
  caf: 'CAF',
  departement: 'Département',
  region: 'Région',
  bailleurs: 'Bailleurs (TFPB)',
  autres: 'Autres financeurs',
  porteur: 'Fonds propres du porteur',
};

const amount = z.number('montant attendu (nombre, en euros)').nonnegative('montant négatif').finite();

const fundingShape = Object.fromEntries(funders.map((funder) => [funder, amount.optional()])) as Record<
  Funder,
  z.ZodOptional<typeof amount>
>;

export const sumFunding = (funding: Partial<Record<Funder, number>>) =>
  funders.reduce((sum, funder) => sum + (funding[funder] ?? 0), 0);

// Cents are the finest unit a budget is written in; below that, a sum is rounding noise.
const CENT = 0.005;

export const budgetSchema = z
  .object(
    {
      /** Total cost of the action, in euros. */
      totalCost: amount,
      /** Amounts by funder, in euros; a funder that gives nothing is left out (or 0). */
      funding: z.strictObject(fundingShape, {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `financeur inconnu : ${issue.keys.join(', ')} (attendu : ${funders.join(', ')})`
            : 'financements attendus (objet)',
      }),
    },
    'budget attendu (objet avec totalCost et funding)',
  )
  .superRefine((budget, ctx) => {
    // A wrong total already has its message; comparing the funding with it would only add noise.
    if (ctx.issues.some((issue) => issue.path?.[0] === 'totalCost')) return;
    const funded = sumFunding(budget.funding);
    if (funded > budget.totalCost + CENT) {
      ctx.addIssue({
        code: 'custom',
        path: ['funding'],
        message: `la somme des financements (${formatEuros(funded)}) dépasse le coût total (${formatEuros(budget.totalCost)})`,
      });
    }
  });

export type Budget = z.infer<typeof budgetSchema>;

const progressValue = z
  .number('avancement attendu (nombre de 0 à 100)')
  .min(0, 'avancement inférieur à 0 %')
  .max(100, 'avancement supérieur à 100 %');

export const progressReportSchema = z.object({
  date: isoDate,
  progress: progressValue,
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

const headcount = z
  .number()
  .int('nombre entier attendu')
  .nonnegative('nombre négatif')
  .nullable()
  .default(null);

/** Operational objective codes, e.g. "P2.3.1" or "T1.2.1"; their existence is checked against the tree. */
export const operationalCodeSchema = z
  .string('code d’objectif attendu')
  .regex(/^(T\d+|P\d+)\.\d+\.\d+$/, 'code d’objectif opérationnel mal formé (ex. « P2.3.1 »)');

export const actionSchema = z
  .object({
    id: z
      .string('identifiant attendu (texte)')
      .trim()
      .min(1, 'identifiant vide')
      .max(64, 'identifiant trop long (64 caractères au plus)'),
    /** The programmation year the action was funded under. */
    year: z
      .number('année attendue (nombre)')
      .int('année entière attendue')
      .min(2000, 'année antérieure à 2000')
      .max(2100, 'année postérieure à 2100'),
    title: publicText('intitulé'),
    porteur: z.object(
      {
        name: publicText('nom du porteur'),
        type: porteurTypeSchema,
      },
      'porteur attendu (objet avec name et type)',
    ),
    objectives: z.array(operationalCodeSchema, 'liste de codes attendue').min(1, 'aucun objectif'),
    territories: z.array(slugSchema, 'liste de territoires attendue').min(1, 'aucun territoire'),
    /** Public cible, in words ("jeunes de 16 à 25 ans", "habitants du quartier"). */
    targetPublic: publicText('public cible').nullable().default(null),
    status: actionStatusSchema,
    /** Progress as last reported, 0 to 100; null (or absent) when never reported, which is not 0 %. */
    progress: progressValue.nullable().default(null),
    /** Every progress report, oldest first, so that a view can compare with an earlier date. */
    progressHistory: z.array(progressReportSchema).default([]),
    budget: budgetSchema,
    beneficiaries: z
      .object(
        { planned: headcount, actual: headcount },
        'bénéficiaires attendus (objet avec planned et actual)',
      )
      .default({ planned: null, actual: null }),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
  })
  .superRefine((action, ctx) => {
    // A code listed twice would count the action twice in an objective's mean or a territory's share.
    for (const field of ['objectives', 'territories'] as const) {
      action[field].forEach((value, index) => {
        if (action[field].indexOf(value) !== index) {
          ctx.addIssue({ code: 'custom', path: [field, index], message: `« ${value} » figure deux fois` });
        }
      });
    }
    if (action.startDate && action.endDate && action.endDate < action.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'la date de fin précède la date de début' });
    }
    action.progressHistory.forEach((report, index) => {
      const previous = action.progressHistory[index - 1];
      if (previous && report.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['progressHistory', index, 'date'],
          message: 'les points d’avancement doivent être classés du plus ancien au plus récent',
        });
      }
    });
    const last = action.progressHistory.at(-1);
    if (last && action.progress === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['progress'],
        message: `avancement absent alors que l’historique se termine à ${last.progress} %`,
      });
    } else if (
      last &&
      action.progress !== null &&
      last.progress !== action.progress &&
      // An out-of-range progress is already reported on its own: comparing it with the history would repeat it.
      !ctx.issues.some((issue) => issue.path?.[0] === 'progress')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['progress'],
        message: `l’avancement (${action.progress} %) diffère du dernier point de l’historique (${last.progress} %)`,
      });
    }
  });

export type Action = z.infer<typeof actionSchema>;

/** The programmation years the data hold, in ascending order. */
export const programmationYears = (actions: readonly Action[]): number[] =>
  [...new Set(actions.map((action) => action.year))].sort((a, b) => a - b);

/** {base}/actions.json: the programmation of every year. Records are validated one by one. */
export const actionsDocumentSchema = z.object({
  actions: z.array(z.unknown(), 'liste « actions » attendue'),
});

/**
 * actions.json as it is published: `{ "actions": [...] }`, indented so that a publisher can read it and
 * compare two versions. Written the same way by the command line and by the page's export.
 */
export const actionsDocumentJson = (actions: readonly Action[]) =>
  `${JSON.stringify({ actions }, null, 2)}\n`;
