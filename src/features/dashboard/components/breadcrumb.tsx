import { Link } from 'react-router-dom';

export type Crumb = { key: string; label: string; to?: string };

/** "Vue d’ensemble › … › this page": the way back up, each link keeping the view's filter (`search`). */
export const Breadcrumb = ({
  search,
  trail = [],
  current,
}: {
  search: string;
  trail?: Crumb[];
  current: string;
}) => (
  <nav aria-label="Fil d’Ariane" className="breadcrumb">
    <ol>
      <li>
        <Link to={`/${search}`}>Vue d’ensemble</Link>
      </li>
      {trail.map((crumb) => (
        <li key={crumb.key}>
          {crumb.to ? <Link to={`${crumb.to}${search}`}>{crumb.label}</Link> : crumb.label}
        </li>
      ))}
      <li aria-current="page">{current}</li>
    </ol>
  </nav>
);
