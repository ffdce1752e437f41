import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { DashboardView } from '../../dashboard/api/use-dashboard';
import { DashboardPage } from '../../dashboard/components/dashboard-page';
import { toSearch } from '../../filters/filter-params';
import { deckParam, ignoredSlidesText, moveInDeck, resolveDeck, toggleInDeck } from '../deck';
import { parsePresentationParams, writePresentationParams } from '../presentation-params';
import { buildSlides, type Slide, slideDescriptions } from '../slides';
import { useDeckExtras } from '../use-deck-extras';
import type { PresentationLinkState } from './presentation-page';
import '../prepare.css';

/** After a change, the control to give the focus back to: the moved slide's, wherever it now stands. */
type FocusTarget = { id: string; control: 'checkbox' | 'up' | 'down' };

const SlideText = ({ slide }: { slide: Slide }) => (
  <span className="deck-slide-text">
    <span className="deck-slide-title">{slide.title}</span>
    <span className="deck-slide-description">{slideDescriptions[slide.kind]}</span>
  </span>
);

/**
 * The picker: the slides of the presentation, in order, each with a checkbox to take it out and buttons to
 * move it up or down; under them, the slides left out, each with a checkbox to add it at the end. Every
 * change is written to the address at once (the address is the deck: a copied link opens the same one),
 * said to screen readers, and leaves the focus on the slide that moved.
 */
const DeckPicker = ({ view }: { view: DashboardView }) => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const extras = useDeckExtras();
  const all = useMemo(() => buildSlides(view.figures, extras), [view.figures, extras]);
  const current = parsePresentationParams(params);
  const { slides, ignored } = resolveDeck(all, current.deck);
  const chosen = slides.map((slide) => slide.key);
  const others = all.filter((slide) => !chosen.includes(slide.key));
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const focusTarget = useRef<FocusTarget | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const chosenId = useId();
  const othersId = useId();

  // Once the address (the deck) has changed, the focus goes back to the control of the slide that moved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the address
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (!target || !list.current) return;
    const controls = [
      ...list.current.querySelectorAll<HTMLElement>(`[data-slide="${CSS.escape(target.id)}"]`),
    ];
    const wanted = controls.find((control) => control.dataset.control === target.control);
    // A button that became disabled (the slide reached an end) hands over to the checkbox.
    const usable = wanted && !(wanted as HTMLButtonElement).disabled ? wanted : controls[0];
    usable?.focus();
  }, [params]);

  const write = (next: string[], say: string, focus: FocusTarget) => {
    focusTarget.current = focus;
    setAnnouncement(say);
    setCopied('idle');
    const value = { ...current, slide: 1, deck: deckParam(all, next) };
    navigate(
      { search: toSearch(writePresentationParams(value, params)) },
      { replace: true, state: location.state },
    );
  };
  const titleOf = (id: string) => all.find((slide) => slide.key === id)?.title ?? id;
  const move = (id: string, by: -1 | 1) => {
    const next = moveInDeck(chosen, id, by);
    write(next, `« ${titleOf(id)} » en position ${next.indexOf(id) + 1} sur ${next.length}.`, {
      id,
      control: by < 0 ? 'up' : 'down',
    });
  };
  const toggle = (id: string, include: boolean) => {
    const next = toggleInDeck(chosen, id, include);
    write(
      next,
      include
        ? `« ${titleOf(id)} » ajoutée en position ${next.length} sur ${next.length}.`
        : `« ${titleOf(id)} » retirée de la présentation.`,
      { id, control: 'checkbox' },
    );
  };

  const deckQuery = toSearch(writePresentationParams({ ...current, slide: 1 }, params));
  const deckPath = `/presentation${deckQuery}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(deckPath, window.location.href).href);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="deck-picker" ref={list}>
      {ignored.length > 0 && (
        <p className="filter-ignored deck-ignored" role="status">
          {ignoredSlidesText(ignored)}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <div className="deck-actions">
        <Link
          className="button"
          to={deckPath}
          state={{ from: `${location.pathname}${location.search}` } satisfies PresentationLinkState}
        >
          Lancer la présentation
        </Link>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copier le lien de la présentation
        </button>
        {current.deck !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              write(
                all.map((slide) => slide.key),
                'Toutes les diapositives, dans l’ordre habituel.',
                { id: all[0]?.key ?? '', control: 'checkbox' },
              )
            }
          >
            Toutes, dans l’ordre habituel
          </button>
        )}
        <p className="deck-copy-status" role="status">
          {copied === 'done'
            ? 'Lien copié : ouvert le jour du comité, il montre ces diapositives dans cet ordre.'
            : copied === 'failed'
              ? 'Le lien n’a pas pu être copié : copiez l’adresse de la présentation une fois lancée.'
              : ''}
        </p>
      </div>
      <section aria-labelledby={chosenId}>
        <h2 id={chosenId}>
          Diapositives présentées ({chosen.length} sur {all.length})
        </h2>
        <ol className="deck-list">
          {slides.map((slide, index) => (
            <li key={slide.key} className="deck-item">
              <span className="deck-position" aria-hidden="true">
                {index + 1}
              </span>
              <label className="deck-choice">
                <input
                  type="checkbox"
                  checked
                  // A deck keeps at least one slide.
                  disabled={chosen.length === 1}
                  onChange={() => toggle(slide.key, false)}
                  data-slide={slide.key}
                  data-control="checkbox"
                />
                <SlideText slide={slide} />
              </label>
              <span className="deck-moves">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Monter « ${slide.title} »`}
                  disabled={index === 0}
                  onClick={() => move(slide.key, -1)}
                  data-slide={slide.key}
                  data-control="up"
                >
                  <span aria-hidden="true">↑ </span>Monter
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Descendre « ${slide.title} »`}
                  disabled={index === slides.length - 1}
                  onClick={() => move(slide.key, 1)}
                  data-slide={slide.key}
                  data-control="down"
                >
                  <span aria-hidden="true">↓ </span>Descendre
                </button>
              </span>
            </li>
          ))}
        </ol>
        {chosen.length === 1 && (
          <p className="field-help">Une présentation garde au moins une diapositive.</p>
        )}
      </section>

      {others.length > 0 && (
        <section aria-labelledby={othersId}>
          <h2 id={othersId}>Diapositives non retenues ({others.length})</h2>
          <ul className="deck-list deck-list--others">
            {others.map((slide) => (
              <li key={slide.key} className="deck-item">
                <label className="deck-choice">
                  <input
                    type="checkbox"
                    checked={false}
                    onChange={() => toggle(slide.key, true)}
                    data-slide={slide.key}
                    data-control="checkbox"
                  />
                  <SlideText slide={slide} />
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};

/**
 * /presentation/preparer: before the committee, its secretary chooses the slides and their order, for the
 * view's filter; the presentation opens on them, and its link keeps them.
 */
export const PreparePresentationPage = () => {
  useDocumentTitle('Préparer la présentation');
  return (
    <DashboardPage
      header={
        <>
          <h1>Préparer la présentation</h1>
          <p className="page-intro">
            Choisissez les diapositives à présenter au comité de pilotage et leur ordre, pour les actions
            retenues par les filtres. L’adresse de la présentation garde ce choix : le lien copié ouvre les
            mêmes diapositives, dans le même ordre.
          </p>
        </>
      }
      skeleton={<div className="deck-picker-skeleton" />}
    >
      {(view) => <DeckPicker view={view} />}
    </DashboardPage>
  );
};
