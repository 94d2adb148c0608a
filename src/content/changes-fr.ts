// What each entry of the change log (changes.ts) says, in French: a short title, then what changed
// and why. Shown in French in every language (changes.html marks it lang="fr") and carried by
// rules.json. Apart from the log so that the guide, which reads only dates and ids, does not
// download it. A missing or extra entry fails the type check (Record<ChangeId, …>).
import type { ChangeId } from './changes';
import type { ChangeText } from './schema';

export const CHANGE_TEXTS: Record<ChangeId, ChangeText> = {
  '2026-12-03-national-rules-read-again': {
    title: 'Règles nationales relues : ce qu’elles couvrent, et rien de plus',
    text: 'Les réponses qui mènent à l’ANEF disent maintenant, avec leur source, les cas que la règle nationale couvre. Carte de 10 ans demandée avec un renouvellement (ligne R19) : la règle nationale couvre le renouvellement, pas toujours la carte de 10 ans ; la réponse le dit et redevient « notre lecture ». Partenaires de PACS d’un Français : l’arrêté du 31 mars 2023 nomme les conjoints, pas eux ; la réponse le dit. Renouvellement d’une carte de 10 ans : « la plupart » des cartes, celles des réfugiés depuis le 2 mai 2022, au lieu de « toutes ». L’attestation de prolongation d’instruction est promise seulement pour un renouvellement complet déposé à temps. Récépissé trop tôt : plus de date propre. Cas couverts précisés pour les premières cartes de 10 ans, les familles de Français et personnes vulnérables, les étrangers malades et les cartes « talent ».',
  },
  '2026-12-03-anef-national-rule': {
    title: 'Douze demandes se déposent d’abord sur l’ANEF, dans toutes les communes',
    text: 'Règle nationale : douze demandes que la loi fait déposer sur le site national de l’ANEF (carte « étudiant », première demande et renouvellement ; protection internationale ; carte « visiteur » ; famille de Français ; ascendants et enfants à charge de Français, pour les Algériens ; citoyens de l’UE et leur famille ; renouvellement des cartes de 10 ans) mènent désormais d’abord à l’ANEF, quelle que soit la commune. La réponse donne la date et le texte qui l’imposent, puis rappelle ce qu’indiquait le tableau de la préfecture. Avant, ces demandes allaient sur « démarches simplifiées », et les habitants des arrondissements d’Antony et de Boulogne-Billancourt étaient envoyés à leur sous-préfecture (pour les étudiants, l’ANEF était déjà la règle). Chaque réponse ANEF rappelle aussi le droit à une aide pour déposer en ligne et l’attestation de prolongation d’instruction, qui remplace le récépissé.',
  },
  '2026-12-03-anef-check-first': {
    title: 'Quatorze demandes : vérifier d’abord sur l’ANEF',
    text: 'Règle nationale, à vérifier : pour quatorze demandes que la règle nationale ne couvre qu’en partie, ou dont la date ou la source n’est pas sûre (étrangers malades, « vie privée et familiale », regroupement familial, « talent », première carte de 10 ans par courrier, récépissé, duplicata, changement d’adresse ou d’état civil, DCEM), la réponse garde le canal du tableau de la préfecture et ajoute, juste avant l’action, un point « À vérifier d’abord » : les cas que l’ANEF couvre, depuis quand, et de déposer la demande sur l’ANEF si le site la propose.',
  },
  '2026-12-03-visa-eu-family-working-holiday': {
    title: 'Visa long séjour : famille d’un citoyen de l’UE, vacances-travail',
    text: 'Deux nouvelles réponses à la question du motif du visa long séjour. « Membre de la famille d’un citoyen de l’Union européenne » mène à la carte « citoyen de l’UE et famille » (ligne R18 ; le tableau la range parmi les premières demandes sans visa long séjour : c’est notre lecture). « Visa vacances-travail » mène à l’APS « visa vacances travail » (ligne R46). Avant, ces personnes devaient choisir « Autre » et arrivaient sur une situation non prévue.',
  },
  '2026-12-03-receipt-holders': {
    title: 'Renouveler un récépissé depuis « Renouveler ma carte »',
    text: 'Une personne qui n’a qu’un récépissé et choisit « Renouveler ma carte » peut répondre « Je n’ai qu’un récépissé » : la question de la fin de validité du récépissé suit, et mène au renouvellement du récépissé (ligne R37), comme par « Autres demandes ». Un récépissé déjà expiré mène, comme avant, à une situation non prévue.',
  },
  '2026-12-03-dont-know': {
    title: '« Je ne sais pas » pour le visa et la mention de la carte',
    text: '« Je ne sais pas » est proposé quand on ne connaît pas son type de visa (première demande) ou la mention de sa carte (renouvellement, première carte de 10 ans). Une nouvelle réponse dit où trouver l’information sur ses papiers, permet de répondre de nouveau à la question, et sinon renvoie au formulaire « contact » de la préfecture (ligne R45).',
  },
  '2026-12-03-subprefecture-appointment-page': {
    title: 'Sous-préfectures : le lien mène à la page des rendez-vous',
    text: 'Les réponses « sous-préfecture » (habitants des arrondissements d’Antony et de Boulogne-Billancourt) renvoient maintenant à la page « Prendre un rendez-vous » de la préfecture, qui présente ses sites, puis au formulaire « contact » si la démarche n’y est pas ; avant, à la page d’accueil du site de la préfecture. Elles disent aussi comment le service de Nanterre traite la même demande.',
  },
  '2026-12-03-postal-codes': {
    title: 'Chercher sa commune par son code postal',
    text: 'On peut chercher sa commune par son code postal (par exemple 92160 pour Antony). Les codes postaux viennent du découpage administratif publié par Etalab.',
  },
};
