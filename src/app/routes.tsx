import type { RouteObject } from 'react-router-dom';
import { AccessibilityPage } from '../features/accessibility/routes/accessibility-page';
import { ActionsPage } from '../features/actions/routes/actions-page';
import { DomainPage } from '../features/dashboard/routes/domain-page';
import { ObjectivePage } from '../features/dashboard/routes/objective-page';
import { OverviewPage } from '../features/dashboard/routes/overview-page';
import { TerritoryPage } from '../features/dashboard/routes/territory-page';
import { DataPage } from '../features/data-status/routes/data-page';
import { GlossaryPage } from '../features/glossary/routes/glossary-page';
import { ObjectivesPage } from '../features/objectives/routes/objectives-page';
import { SinceCommitteePage } from '../features/since-committee/routes/since-committee-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import type { RouteHandle } from './route-handle';

const filtered: RouteHandle = { filtered: true };

export const routes: RouteObject[] = [
  // Full screen, without the app's header and navigation; loaded when first opened, since most visits never do.
  {
    path: 'presentation',
    lazy: async () => ({
      Component: (await import('../features/presentation/routes/presentation-page')).PresentationPage,
    }),
  },
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage />, handle: filtered },
      { path: 'piliers/:code', element: <DomainPage />, handle: filtered },
      { path: 'axes/:code', element: <DomainPage />, handle: filtered },
      { path: 'quartiers/:id', element: <TerritoryPage />, handle: filtered },
      { path: 'actions', element: <ActionsPage />, handle: filtered },
      { path: 'depuis-le-dernier-comite', element: <SinceCommitteePage />, handle: filtered },
      // A staff page, opened a few times a year: loaded when first opened, with its editing and its Word export.
      {
        path: 'rapport-annuel',
        lazy: async () => ({
          Component: (await import('../features/annual-report/routes/annual-report-page')).AnnualReportPage,
        }),
      },
      // Loaded when first opened, as the presentation itself.
      {
        path: 'presentation/preparer',
        handle: filtered,
        lazy: async () => ({
          Component: (await import('../features/presentation/routes/prepare-page')).PreparePresentationPage,
        }),
      },
      { path: 'objectifs', element: <ObjectivesPage /> },
      { path: 'objectifs/:code', element: <ObjectivePage />, handle: filtered },
      { path: 'donnees', element: <DataPage /> },
      { path: 'sigles', element: <GlossaryPage /> },
      { path: 'accessibilite', element: <AccessibilityPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
