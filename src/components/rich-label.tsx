import { Fragment } from 'react';
import { splitAcronyms } from '../domain/acronyms';
import { findMatch } from '../lib/text-match';

type Props = { text: string; highlight?: string };

const Highlighted = ({ text, highlight }: Props) => {
  const match = highlight ? findMatch(text, highlight) : null;
  if (!match) return text;
  const [start, end] = match;
  return (
    <>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
};

/**
 * A label as written, with each known acronym expanded for everyone: a tooltip on hover (title), and the
 * expansion read out by screen readers; the glossary page lists them for keyboard and touch users.
 */
export const RichLabel = ({ text, highlight }: Props) => (
  <>
    {splitAcronyms(text).map((segment, index) =>
      segment.acronym ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed string, never reordered
        <Fragment key={index}>
          <abbr title={segment.acronym.expansion}>
            <Highlighted text={segment.text} highlight={highlight} />
          </abbr>
          {!segment.explained && <span className="visually-hidden"> ({segment.acronym.expansion})</span>}
        </Fragment>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed string, never reordered
        <Highlighted key={index} text={segment.text} highlight={highlight} />
      ),
    )}
  </>
);
