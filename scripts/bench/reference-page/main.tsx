/**
 * The benchmark's reference page (scripts/bench.ts): the same Recharts bar chart as the dashboard's first
 * one (coverage and progress per pillar and axis), from the same data files, with nothing else: no router,
 * no query cache, no validation, no filters. The app's time to first chart is compared with this page's.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

type Node = { kind: string; code: string; label: string; children: Node[] };
type Action = { objectives: string[]; status: string; progress: number | null };
type Row = { label: string; coverage: number; progress: number | null };

const counting = new Set(['programmee', 'en-cours', 'realisee']);
const operational = (node: Node): Node[] =>
  node.kind === 'operational' ? [node] : node.children.flatMap(operational);
const domains = (nodes: Node[]): Node[] =>
  nodes.flatMap((node) => (node.kind === 'axis' || node.kind === 'pillar' ? [node] : domains(node.children)));

const rowsOf = (tree: { nodes: Node[] }, actions: Action[]): Row[] => {
  const reports = new Map<string, number[]>();
  const covered = new Set<string>();
  for (const action of actions) {
    if (!counting.has(action.status)) continue;
    for (const code of action.objectives) {
      covered.add(code);
      if (action.progress !== null) reports.set(code, [...(reports.get(code) ?? []), action.progress]);
    }
  }
  return domains(tree.nodes).map((domain) => {
    const objectives = operational(domain);
    const means = objectives.flatMap((objective) => {
      const values = reports.get(objective.code);
      return values ? [values.reduce((a, b) => a + b, 0) / values.length] : [];
    });
    return {
      label: domain.label,
      coverage:
        (100 * objectives.filter((objective) => covered.has(objective.code)).length) / objectives.length,
      progress: means.length > 0 ? means.reduce((a, b) => a + b, 0) / means.length : null,
    };
  });
};

const Page = () => {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    void Promise.all([
      fetch('/data/objectives.json').then((response) => response.json()),
      fetch('/data/actions.json').then((response) => response.json()),
    ]).then(([tree, document]) => setRows(rowsOf(tree, document.actions)));
  }, []);
  if (!rows) return <p>Chargement…</p>;
  return (
    <ResponsiveContainer width="100%" height={rows.length * 106 + 52}>
      <BarChart layout="vertical" data={rows} margin={{ top: 8, right: 120, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="label" width={400} interval={0} />
        <Bar dataKey="coverage" fill="#0072B2" barSize={30} isAnimationActive={false}>
          <LabelList dataKey="coverage" position="right" />
        </Bar>
        <Bar dataKey="progress" fill="#D55E00" barSize={30} isAnimationActive={false}>
          <LabelList dataKey="progress" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};

createRoot(document.getElementById('root') as HTMLElement).render(<Page />);
