import { acronyms } from '../../../domain/acronyms';
import { useDocumentTitle } from '../../../lib/use-document-title';

export const GlossaryPage = () => {
  useDocumentTitle('Lexique des sigles');
  const sorted = [...acronyms].sort((a, b) => a.abbr.localeCompare(b.abbr, 'fr'));
  return (
    <>
      <h1>Lexique des sigles</h1>
      <p className="lead">Les sigles employés dans les objectifs du contrat et dans ce tableau de bord.</p>
      <dl className="glossary">
        {sorted.map((acronym) => (
          <div key={acronym.abbr} className="glossary-entry" id={`sigle-${acronym.abbr}`}>
            <dt>
              <abbr title={acronym.expansion}>{acronym.abbr}</abbr>
            </dt>
            <dd>
              <span className="glossary-expansion">{acronym.expansion}</span>
              {acronym.description && <span className="glossary-description">{acronym.description}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
};
