import { Navigate, type RouteObject } from 'react-router-dom';
import { DataPage } from '../features/data-status/routes/data-page';
import { GlossaryPage } from '../features/glossary/routes/glossary-page';
import { ObjectivesPage } from '../features/objectives/routes/objectives-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // The overview page comes with the dashboard; until then the objectives are the home page.
      { index: true, element: <Navigate to="/objectifs" replace /> },
      { path: 'objectifs', element: <ObjectivesPage /> },
      { path: 'donnees', element: <DataPage /> },
      { path: 'sigles', element: <GlossaryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
