import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatIsoDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMeta } from '../../contract/api/get-meta';
import {
  CHECKED_PAGES,
  DEFENSEUR_DES_DROITS,
  EVALUATION_TOOLS,
  KNOWN_GAPS,
  STATEMENT,
  TEAM_CHECKS,
  TECHNOLOGIES,
  TEST_ENVIRONMENT,
} from '../accessibility-statement';
import '../accessibility.css';

/** What is missing from the statement and only the contract's team can give: said plainly, not invented. */
const ToComplete = ({ children }: { children: ReactNode }) => (
  <p className="notice notice--warning">
    <strong>À compléter :</strong> {children}
  </p>
);

/**
 * The accessibility statement, in the order and wording of the RGAA's model. The body that publishes the
 * dashboard is the contract's lead (its agglomeration, from meta.json), never a name written here.
 */
export const AccessibilityPage = () => {
  useDocumentTitle('Déclaration d’accessibilité');
  const meta = useMeta();
  const entity = meta.data?.agglomeration ?? 'La collectivité qui porte le contrat de ville';
  const contract = meta.data?.contractName;
  const site = contract ? `Cap Quartiers (${contract})` : 'Cap Quartiers';
  return (
    <div className="statement">
      <h1>Déclaration d’accessibilité</h1>
      <p className="lead">
        {entity} s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles
        conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <ToComplete>
        le lien vers le schéma pluriannuel de mise en accessibilité de l’entité et vers son plan d’actions de
        l’année en cours. Ni l’un ni l’autre n’est publié sur ce tableau de bord.
      </ToComplete>
      <p>
        Cette déclaration d’accessibilité s’applique au tableau de bord {site}, publié à l’adresse{' '}
        <span className="statement-url">{window.location.origin}</span>.
      </p>

      <h2>État de conformité</h2>
      <p>
        {site} est <strong>{STATEMENT.state}</strong> avec le référentiel général d’amélioration de
        l’accessibilité (RGAA), version {STATEMENT.rgaaVersion}, faute d’audit : aucun audit de conformité au
        RGAA n’a encore été réalisé, et un site sans audit en cours de validité est déclaré non conforme.
      </p>
      <h3>Résultats des tests</h3>
      <p>
        Sans audit, aucun taux de conformité ne peut être publié. L’état déclaré s’appuie sur les
        vérifications suivantes, faites automatiquement par l’équipe qui développe le tableau de bord à chaque
        modification. Elles ne remplacent pas un audit : des tests automatiques ne voient qu’une partie des
        critères du RGAA.
      </p>
      <ul>
        {TEAM_CHECKS.map((check) => (
          <li key={check.label}>
            <strong>{check.label}</strong> : {check.detail}
          </li>
        ))}
      </ul>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <p>
        Faute d’audit, cette liste n’est pas exhaustive : elle recense ce que l’équipe sait ne pas être
        accessible, ou n’a pas encore vérifié.
      </p>
      <ul>
        {KNOWN_GAPS.map((gap) => (
          <li key={gap.label}>
            {gap.label}
            {gap.alternative && <> Alternative accessible : {gap.alternative}</>}
          </li>
        ))}
      </ul>
      <h3>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>
      <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
      <p>Aucun.</p>

      <h2>Établissement de cette déclaration d’accessibilité</h2>
      <p>
        Cette déclaration a été établie le{' '}
        <time dateTime={STATEMENT.date}>{formatIsoDate(STATEMENT.date)}</time>.
      </p>
      <h3>Technologies utilisées pour la réalisation du tableau de bord</h3>
      <ul>
        {TECHNOLOGIES.map((technology) => (
          <li key={technology}>{technology}</li>
        ))}
      </ul>
      <h3>Environnement de test</h3>
      <ul>
        {TEST_ENVIRONMENT.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>Outils pour évaluer l’accessibilité</h3>
      <ul>
        {EVALUATION_TOOLS.map((tool) => (
          <li key={tool}>{tool}</li>
        ))}
      </ul>
      <h3>Pages du tableau de bord ayant fait l’objet de la vérification</h3>
      <ul>
        {CHECKED_PAGES.map((page) => (
          <li key={page.route}>
            {page.route === '*' ? page.label : <Link to={page.path}>{page.label}</Link>}
          </li>
        ))}
      </ul>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l’équipe projet du
        contrat de ville pour être orienté vers une alternative accessible ou obtenir le contenu sous une
        autre forme.
      </p>
      <ToComplete>
        aucun moyen de contact n’est encore indiqué. L’équipe projet du contrat de ville doit inscrire ici une
        adresse électronique ou un formulaire de contact, ainsi que le délai dans lequel elle répond.
      </ToComplete>

      <h2>Voies de recours</h2>
      <p>
        Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du tableau de
        bord un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service, et vous n’avez
        pas obtenu de réponse satisfaisante. Vous pouvez alors saisir le Défenseur des droits :
      </p>
      <ul>
        <li>
          <a href={DEFENSEUR_DES_DROITS.form}>écrire un message au Défenseur des droits</a> (formulaire en
          ligne) ;
        </li>
        <li>
          <a href={DEFENSEUR_DES_DROITS.delegates}>
            contacter le délégué du Défenseur des droits dans votre région
          </a>{' '}
          ;
        </li>
        <li>
          appeler le <a href={DEFENSEUR_DES_DROITS.phoneHref}>{DEFENSEUR_DES_DROITS.phone}</a> ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :{' '}
          <span className="statement-address">{DEFENSEUR_DES_DROITS.postal.join(', ')}</span>.
        </li>
      </ul>
    </div>
  );
};
