/**
 * npm run territories -- --perimetres qpv.geojson --indicateurs qp.csv [--communes communes.geojson]
 *                        [--data dossier] [--out dossier]
 *
 * Writes the documents that describe the contract's territories from the national or regional open-data
 * files: perimeters.json (the perimeters of the contract's own QPV, and the outlines of their communes) and
 * indicators.json (INSEE's statistics of those QPV, and of their commune where the file gives one). The
 * contract's QPV are the territories of territories.json that have a code. Every record is checked with
 * the app's own schemas; a problem (a QPV missing from the file, coordinates that are not longitude and
 * latitude, a value that is not a number…) is printed with its file, its feature or line, and its field,
 * and nothing is written. Exit code: 0 written; 1 problems (nothing written) or wrong arguments; 2 a file
 * could not be read. See docs/data-contract.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Indicator, indicatorSchema } from '../src/domain/context-indicators';
import {
  featureLabel,
  type PerimeterFeature,
  perimeterFeatureSchema,
  perimetersDocumentSchema,
  type Source,
  toRfc7946Winding,
} from '../src/domain/perimeters';
import { QPV_INDICATORS } from '../src/domain/qpv-indicators';
import { type Territory, territorySchema } from '../src/domain/territory';
import { parseCsv } from '../src/lib/csv';
import { describeZodError, validateRecords } from '../src/lib/fetch-json';
import { formatInteger } from '../src/lib/format';
import { looseText } from '../src/lib/text-match';
import { runWhenMain, shownPath } from './support/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usage =
  'usage : npm run territories -- --perimetres qpv.geojson --indicateurs qp.csv [--communes communes.geojson] [--data dossier] [--out dossier]';

export type TerritoriesArgs = {
  perimeters: string | null;
  indicators: string | null;
  communes: string | null;
  /** Where territories.json is read from. */
  data: string;
  /** Where perimeters.json and indicators.json are written. */
  out: string;
};

const OPTIONS = {
  '--perimetres': 'perimeters',
  '--indicateurs': 'indicators',
  '--communes': 'communes',
  '--data': 'data',
  '--out': 'out',
} as const;

export const parseTerritoriesArgs = (argv: readonly string[]): TerritoriesArgs => {
  const values: Partial<Record<(typeof OPTIONS)[keyof typeof OPTIONS], string>> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new Error(usage);
    const key = OPTIONS[arg as keyof typeof OPTIONS];
    if (!key) throw new Error(`argument inconnu : ${arg}\n${usage}`);
    const value = argv[i + 1];
    if (!value || value.startsWith('--')) throw new Error(`${arg} attend un chemin\n${usage}`);
    values[key] = resolve(value);
    i += 1;
  }
  if (!values.perimeters && !values.indicators) {
    throw new Error(`indiquez au moins --perimetres ou --indicateurs\n${usage}`);
  }
  if (values.communes && !values.perimeters) {
    throw new Error(
      `--communes donne le fond de carte des périmètres : il faut aussi --perimetres\n${usage}`,
    );
  }
  const data = values.data ?? join(root, 'public/data');
  return {
    perimeters: values.perimeters ?? null,
    indicators: values.indicators ?? null,
    communes: values.communes ?? null,
    data,
    out: values.out ?? data,
  };
};

/** What the files are: the shipped ones, by default (seeds/open-data/README.md). */
export const QPV_PERIMETER_SOURCE: Source = {
  publisher: 'CGET (aujourd’hui ANCT)',
  dataset:
    'Contours des quartiers prioritaires de la politique de la ville, géographie 2015 (fichier Occitanie de Toulouse DataViz, Hackaviz 2021)',
  licence: 'Licence Ouverte',
  url: null,
};
export const COMMUNE_SOURCE: Source = {
  publisher: 'IGN',
  dataset: 'Admin Express COG 2018, contours des communes (via le projet france-geojson)',
  licence: 'Licence Ouverte',
  url: null,
};
export const COMMUNE_VINTAGE = 2018;
export const QPV_INDICATOR_SOURCE: Source = {
  publisher: 'INSEE',
  dataset:
    'Données des quartiers prioritaires de la politique de la ville (géographie 2015), publiées en 2019 (fichier Occitanie de Toulouse DataViz, Hackaviz 2021)',
  licence: 'Licence Ouverte',
  url: null,
};

/** The delimitation a QPV code belongs to: QP… the 2015 geography, QN… the 2024 one. */
const geographyVintage = (code: string) => (code.startsWith('QN') ? 2024 : 2015);

type Outcome<T> = { document: T | null; problems: string[]; notes: string[] };

/** A property read whatever its case (`code_qp`, `CODE_QP`), from the first of several names. */
const property = (properties: unknown, names: readonly string[]): string | null => {
  if (typeof properties !== 'object' || properties === null) return null;
  const entries = Object.entries(properties as Record<string, unknown>);
  for (const name of names) {
    const found = entries.find(([key]) => key.toLowerCase() === name);
    if (found && (typeof found[1] === 'string' || typeof found[1] === 'number'))
      return String(found[1]).trim();
  }
  return null;
};

const QPV_CODE_NAMES = ['code_qp', 'code_quartier', 'code_qpv'] as const;
const QPV_NAME_NAMES = ['nom_qp', 'lib_qp', 'nom_quartier'] as const;
const COMMUNE_CODE_NAMES = ['code', 'insee_com', 'code_insee', 'codgeo', 'code_commune'] as const;
const COMMUNE_NAME_NAMES = ['nom', 'nom_com', 'nom_commune', 'libgeo', 'name'] as const;

/** At most this many problems are printed for one feature or line: a file in metres has one per position. */
const MAX_PROBLEMS_PER_RECORD = 3;

const problemLines = (file: string, what: string, error: Parameters<typeof describeZodError>[0]) => {
  const problems = describeZodError(error);
  const lines = problems
    .slice(0, MAX_PROBLEMS_PER_RECORD)
    .map((problem) => `${file}, ${what} : ${problem.path} : ${problem.message}`);
  const more = problems.length - MAX_PROBLEMS_PER_RECORD;
  if (more > 0) lines.push(`${file}, ${what} : … et ${more} autre${more > 1 ? 's problèmes' : ' problème'}`);
  return lines;
};

/** A GeoJSON file's features, or the problem that keeps the file from being read as one. */
const readCollection = (file: string, body: unknown): { features: unknown[] } | { problems: string[] } => {
  const parsed = perimetersDocumentSchema.safeParse(body);
  if (!parsed.success) return { problems: problemLines(file, 'fichier', parsed.error) };
  return { features: parsed.data.features };
};

export type OpenDataInput = {
  territories: readonly Territory[];
  qpv?: { file: string; body: unknown };
  communes?: { file: string; body: unknown };
  indicators?: { file: string; text: string };
};

/** The communes the contract's QPV lie in, by QPV code, as the QPV file says (for the indicators). */
export type QpvCommunes = Map<string, { code: string | null; name: string | null }>;

/** perimeters.json from the open-data files: the contract's QPV, then the outlines of their communes. */
export const buildPerimeters = (
  input: Required<Pick<OpenDataInput, 'territories' | 'qpv'>> & Pick<OpenDataInput, 'communes'>,
): Outcome<{ type: 'FeatureCollection'; features: PerimeterFeature[] }> & { qpvCommunes: QpvCommunes } => {
  const problems: string[] = [];
  const notes: string[] = [];
  const qpvCommunes: QpvCommunes = new Map();
  const contractQpv = input.territories.filter((territory) => territory.code !== null);
  const features: PerimeterFeature[] = [];

  const qpv = readCollection(input.qpv.file, input.qpv.body);
  if ('problems' in qpv) return { document: null, problems: qpv.problems, notes, qpvCommunes };
  const found = new Set<string>();
  qpv.features.forEach((raw, index) => {
    const properties = (raw as { properties?: unknown } | null)?.properties;
    const code = property(properties, QPV_CODE_NAMES);
    const territory = contractQpv.find((candidate) => candidate.code === code);
    if (!code || !territory) return;
    const what = `entité n° ${index + 1} (${code})`;
    if (found.has(code)) {
      problems.push(`${input.qpv.file}, ${what} : ${code} figure deux fois dans le fichier`);
      return;
    }
    found.add(code);
    qpvCommunes.set(code, {
      code: property(properties, ['code_commune', 'insee_com']),
      name: property(properties, ['nom_commune', 'commune_qp']),
    });
    const geometry = (raw as { geometry?: unknown }).geometry;
    const candidate = {
      type: 'Feature',
      properties: {
        kind: 'territoire',
        territory: territory.id,
        code,
        name: property(properties, QPV_NAME_NAMES) ?? territory.name,
        source: QPV_PERIMETER_SOURCE,
        vintage: geographyVintage(code),
      },
      geometry,
    };
    const parsed = perimeterFeatureSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push(...problemLines(input.qpv.file, what, parsed.error));
      return;
    }
    features.push({ ...parsed.data, geometry: toRfc7946Winding(parsed.data.geometry) });
  });
  for (const territory of contractQpv) {
    if (!found.has(territory.code as string))
      problems.push(`${input.qpv.file} : ${territory.code} (${territory.name}) absent du fichier`);
  }

  if (!input.communes) {
    notes.push('Aucun fichier de communes (--communes) : la carte n’aura pas de fond de communes.');
  } else {
    const communes = readCollection(input.communes.file, input.communes.body);
    if ('problems' in communes) problems.push(...communes.problems);
    else {
      const wanted = [...new Set(input.territories.map((territory) => territory.commune))];
      const kept = new Set<string>();
      communes.features.forEach((raw, index) => {
        const properties = (raw as { properties?: unknown } | null)?.properties;
        const name = property(properties, COMMUNE_NAME_NAMES);
        const commune = wanted.find((candidate) => name && looseText(candidate) === looseText(name));
        if (!commune || kept.has(looseText(commune))) return;
        kept.add(looseText(commune));
        const candidate = {
          type: 'Feature',
          properties: {
            kind: 'commune',
            code: property(properties, COMMUNE_CODE_NAMES),
            name: commune,
            source: COMMUNE_SOURCE,
            vintage: COMMUNE_VINTAGE,
          },
          geometry: (raw as { geometry?: unknown }).geometry,
        };
        const parsed = perimeterFeatureSchema.safeParse(candidate);
        if (!parsed.success) {
          problems.push(
            ...problemLines(input.communes?.file ?? '', `entité n° ${index + 1} (${name})`, parsed.error),
          );
          return;
        }
        features.push({ ...parsed.data, geometry: toRfc7946Winding(parsed.data.geometry) });
      });
      for (const commune of wanted) {
        if (!kept.has(looseText(commune)))
          notes.push(
            `${input.communes.file} : commune « ${commune} » absente ; pas de fond de carte pour elle.`,
          );
      }
    }
  }
  return {
    document: problems.length > 0 ? null : { type: 'FeatureCollection', features },
    problems,
    notes,
    qpvCommunes,
  };
};

/** "39", "21.3", "1.7000000000000002" → numbers, cleaned of binary artefacts; "" → null (not available). */
export const readNumber = (cell: string): number | null | undefined => {
  const text = cell.trim().replace(/\s/g, '');
  if (text === '') return null;
  if (!/^-?\d+([.,]\d+)?(e-?\d+)?$/i.test(text)) return undefined;
  return Number(Number(text.replace(',', '.')).toPrecision(12));
};

/** indicators.json from INSEE's QPV file (CSV, one row per QPV): the contract's QPV and their commune. */
export const buildIndicators = (
  input: Required<Pick<OpenDataInput, 'territories' | 'indicators'>> & { qpvCommunes?: QpvCommunes },
): Outcome<{ indicators: Indicator[] }> => {
  const { file, text } = input.indicators;
  const problems: string[] = [];
  const notes: string[] = [];
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const codeColumn = QPV_CODE_NAMES.map(column).find((index) => index >= 0);
  if (codeColumn === undefined) {
    return {
      document: null,
      problems: [`${file} : colonne « code_qp » absente de la première ligne`],
      notes,
    };
  }
  const missing = QPV_INDICATORS.flatMap((indicator) =>
    [indicator.column, indicator.communeColumn ?? []].flat(),
  ).filter((name) => column(name) < 0);
  if (missing.length > 0) {
    return {
      document: null,
      problems: [
        `${file} : ${missing.length > 1 ? 'colonnes absentes' : 'colonne absente'} : ${missing.join(', ')}`,
      ],
      notes,
    };
  }
  const nameColumn = column('nom_commune');
  const contractQpv = input.territories.filter((territory) => territory.code !== null);
  const indicators: Indicator[] = [];
  const found = new Set<string>();
  const communeDone = new Set<string>();

  rows.slice(1).forEach((row, offset) => {
    const line = offset + 2;
    const code = (row[codeColumn] ?? '').trim();
    const territory = contractQpv.find((candidate) => candidate.code === code);
    if (!territory) return;
    if (found.has(code)) {
      problems.push(`${file}, ligne ${line} : ${code} figure deux fois dans le fichier`);
      return;
    }
    found.add(code);
    const cell = (name: string) => row[column(name)] ?? '';
    const push = (candidate: unknown, where: string) => {
      const parsed = indicatorSchema.safeParse(candidate);
      if (parsed.success) indicators.push(parsed.data);
      else problems.push(...problemLines(file, where, parsed.error));
    };
    const readValue = (name: string) => {
      const value = readNumber(cell(name));
      if (value === undefined) {
        problems.push(`${file}, ligne ${line}, colonne ${name} : « ${cell(name)} » n’est pas un nombre`);
        return undefined;
      }
      return value;
    };
    const base = (indicator: (typeof QPV_INDICATORS)[number]) => ({
      id: indicator.id,
      label: indicator.label,
      unit: indicator.unit,
      definition: indicator.definition,
      vintage: indicator.vintage,
      source: QPV_INDICATOR_SOURCE,
    });
    for (const indicator of QPV_INDICATORS) {
      const value = readValue(indicator.column);
      if (value === undefined) continue;
      push(
        { ...base(indicator), area: { kind: 'territoire', territory: territory.id, code }, value },
        `ligne ${line}, colonne ${indicator.column}`,
      );
    }
    // The commune's figures, once per commune, when the row is about that commune alone.
    const communeName = nameColumn >= 0 ? (row[nameColumn] ?? '').trim() : '';
    if (looseText(communeName) !== looseText(territory.commune)) {
      notes.push(
        `${file}, ligne ${line} : commune « ${communeName} » ≠ « ${territory.commune} » (territories.json) ; pas de comparaison avec la commune.`,
      );
      return;
    }
    if (communeDone.has(looseText(territory.commune))) return;
    communeDone.add(looseText(territory.commune));
    const communeCode = input.qpvCommunes?.get(code)?.code ?? null;
    for (const indicator of QPV_INDICATORS) {
      if (!indicator.communeColumn) continue;
      const value = readValue(indicator.communeColumn);
      if (value === undefined) continue;
      push(
        {
          ...base(indicator),
          area: { kind: 'commune', name: territory.commune, code: communeCode },
          value,
        },
        `ligne ${line}, colonne ${indicator.communeColumn}`,
      );
    }
    const population = indicators.find(
      (indicator) =>
        indicator.id === 'population' && indicator.area.kind === 'territoire' && indicator.area.code === code,
    )?.value;
    if (typeof population === 'number' && territory.population !== population) {
      notes.push(
        `territories.json donne ${territory.population === null ? 'aucune population' : `${formatInteger(territory.population)} habitants`} pour ${territory.name} ; le fichier en compte ${formatInteger(population)} (${QPV_INDICATORS[0]?.column}) : corrigez territories.json.`,
      );
    }
  });
  for (const territory of contractQpv) {
    if (!found.has(territory.code as string))
      problems.push(`${file} : ${territory.code} (${territory.name}) absent du fichier`);
  }
  return { document: problems.length > 0 ? null : { indicators }, problems, notes };
};

/**
 * JSON with each position on one line (`[1.4509, 44.4638]`) rather than one number per line: a perimeter
 * of 122 positions reads as 122 lines, and a change to it as a readable diff.
 */
export const toJsonText = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(
    /\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)(?:,\s+(-?[\d.e+-]+))?\s+\]/g,
    (_, x: string, y: string, z?: string) => `[${x}, ${y}${z === undefined ? '' : `, ${z}`}]`,
  )}\n`;

export type TerritoriesOutcome = { code: 0 | 1 | 2; out: string[]; err: string[]; written: string[] };

/** The whole command, without process.exit, so that tests run it as a function too. */
export const runTerritories = (args: TerritoriesArgs): TerritoriesOutcome => {
  const out: string[] = [];
  const err: string[] = [];
  const readText = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new Error(`Fichier introuvable ou illisible : ${shownPath(path)}`);
    }
  };
  const readJson = (path: string) => {
    const text = readText(path);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(`${shownPath(path)} n’est pas un JSON valide`);
    }
  };
  let territories: Territory[];
  let input: OpenDataInput;
  try {
    const document = readJson(join(args.data, 'territories.json')) as { territories?: unknown };
    const checked = validateRecords(
      'territories.json',
      'territories',
      Array.isArray(document?.territories) ? document.territories : [],
      territorySchema,
    );
    territories = checked.records;
    if (territories.length === 0) throw new Error('territories.json ne contient aucun territoire valide.');
    if (!territories.some((territory) => territory.code !== null)) {
      throw new Error('territories.json ne donne le code d’aucun QPV : rien à extraire des fichiers.');
    }
    input = {
      territories,
      ...(args.perimeters
        ? { qpv: { file: basename(args.perimeters), body: readJson(args.perimeters) } }
        : {}),
      ...(args.communes
        ? { communes: { file: basename(args.communes), body: readJson(args.communes) } }
        : {}),
      ...(args.indicators
        ? { indicators: { file: basename(args.indicators), text: readText(args.indicators) } }
        : {}),
    };
  } catch (error) {
    return { code: 2, out, err: [error instanceof Error ? error.message : String(error)], written: [] };
  }

  const documents: [string, unknown][] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  let qpvCommunes: QpvCommunes | undefined;
  if (input.qpv) {
    const perimeters = buildPerimeters({ territories, qpv: input.qpv, communes: input.communes });
    qpvCommunes = perimeters.qpvCommunes;
    problems.push(...perimeters.problems);
    notes.push(...perimeters.notes);
    if (perimeters.document) {
      documents.push(['perimeters.json', perimeters.document]);
      const qpv = perimeters.document.features.filter((feature) => feature.properties.kind === 'territoire');
      out.push(
        `perimeters.json : ${qpv.map((feature) => featureLabel(feature)).join(', ')} ; ${perimeters.document.features.length - qpv.length} commune(s) en fond de carte`,
      );
    }
  }
  if (input.indicators) {
    const indicators = buildIndicators({ territories, indicators: input.indicators, qpvCommunes });
    problems.push(...indicators.problems);
    notes.push(...indicators.notes);
    if (indicators.document) {
      documents.push(['indicators.json', indicators.document]);
      out.push(`indicators.json : ${indicators.document.indicators.length} valeurs`);
    }
  }
  for (const note of notes) out.push(`Note : ${note}`);
  if (problems.length > 0) {
    err.push(
      `${problems.length > 1 ? `${problems.length} problèmes` : 'Un problème'} ; rien n’est écrit :`,
      ...problems.map((problem) => `- ${problem}`),
    );
    return { code: 1, out, err, written: [] };
  }
  mkdirSync(args.out, { recursive: true });
  const written = documents.map(([name, document]) => {
    const path = join(args.out, name);
    writeFileSync(path, toJsonText(document));
    out.push(`Écrit : ${shownPath(path)}`);
    return path;
  });
  return { code: 0, out, err, written };
};

const main = () => {
  const outcome = runTerritories(parseTerritoriesArgs(process.argv.slice(2)));
  for (const line of outcome.out) console.log(line);
  for (const line of outcome.err) console.error(line);
  process.exitCode = outcome.code;
};

runWhenMain(import.meta.url, main);
