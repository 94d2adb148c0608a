// The record of the last accessibility audit against the RGAA 4.1: what was checked, how, on
// what, and the result of each criterion. The statement (accessibilite.html) is built from it and
// its rate is computed from it (./conformance.ts); tests/unit/accessibility-audit.test.ts checks
// it with a zod schema. Criterion titles are the RGAA's own French wording; the methods and notes
// are the auditor's record, in French like the reference (shown as French in every language).
// How to run the next audit: docs/accessibility.md.

export type Result = 'C' | 'NC' | 'NA';

export interface Criterion {
  /** The RGAA 4.1 criterion, "7.4". */
  id: string;
  /** Its wording in the RGAA 4.1. */
  title: string;
  /** C conforme, NC non conforme, NA non applicable. */
  result: Result;
  /** How it was checked. */
  how: string;
  notes?: string;
  /** Test files that fail if it regresses (none when only a person can check it). */
  tests: string[];
  /** When a failure found by the audit was fixed (ISO date); the fix is in `tests`. */
  fixed?: string;
}

export type SamplePage =
  'start' | 'questions' | 'outcomes' | 'overview' | 'changes' | 'embed' | 'kiosk' | 'statement';
export type AutomatedCheck = 'axe' | 'keyboard' | 'narrow' | 'zoom' | 'text' | 'motion' | 'kiosk';

export interface Audit {
  rgaaVersion: '4.1';
  /** The day the audit's results were recorded (ISO date). */
  date: string;
  sample: SamplePage[];
  /** What the checks ran on: as actually used, assistive technologies included (or none). */
  environment: Array<{
    use: 'automated' | 'manual';
    browser: string;
    os: string;
    assistiveTechnologies: string[];
  }>;
  tools: Array<{ use: 'axe' | 'playwright' | 'contrast' | 'tree'; name: string }>;
  technologies: string[];
  /** The checks the test suite repeats on every change, and where. */
  automated: Array<{ check: AutomatedCheck; tests: string[] }>;
  derogations: Array<{ what: string; why: string }>;
  criteria: Criterion[];
}

const A11Y = 'tests/e2e/accessibility.test.ts';
const STATEMENT = 'tests/e2e/statement.test.ts';
const KIOSK_E2E = 'tests/e2e/kiosk.test.ts';
const JOURNEYS = 'tests/ui/journeys.test.tsx';
const KIOSK_UI = 'tests/ui/kiosk.test.tsx';
const OVERVIEW_UI = 'tests/ui/overview.test.tsx';
const LANGUAGES = 'tests/e2e/languages.test.ts';

/** The failures issue 15's audit found were fixed on this day, each with a test. */
const FIXED = '2026-12-03';
const A11Y_UI = 'tests/ui/accessibility.test.tsx';

export const AUDIT: Audit = {
  rgaaVersion: '4.1',
  date: '2026-12-03',
  sample: ['start', 'questions', 'outcomes', 'overview', 'changes', 'embed', 'kiosk', 'statement'],
  environment: [
    {
      use: 'automated',
      browser: 'Chromium 156 (headless)',
      os: 'Debian GNU/Linux 12',
      assistiveTechnologies: [],
    },
    {
      use: 'manual',
      browser: 'Chromium 156 (headless)',
      os: 'Debian GNU/Linux 12',
      assistiveTechnologies: [],
    },
  ],
  tools: [
    { use: 'axe', name: 'axe-core 4.14' },
    { use: 'playwright', name: 'playwright-core 1.65' },
    { use: 'tree', name: 'Chromium DevTools Protocol' },
    { use: 'contrast', name: 'WCAG 2.1 (src/config/contrast.ts)' },
  ],
  technologies: ['HTML5', 'CSS', 'JavaScript (React)', 'WAI-ARIA', 'SVG'],
  automated: [
    { check: 'axe', tests: [A11Y, KIOSK_E2E, STATEMENT] },
    { check: 'keyboard', tests: [A11Y] },
    { check: 'narrow', tests: [A11Y, STATEMENT] },
    { check: 'zoom', tests: [A11Y] },
    { check: 'text', tests: [STATEMENT] },
    { check: 'motion', tests: [A11Y] },
    { check: 'kiosk', tests: [KIOSK_E2E, 'tests/unit/idle.test.ts'] },
  ],
  derogations: [],
  criteria: [
    {
      id: '1.1',
      title: "Chaque image porteuse d'information a-t-elle une alternative textuelle ?",
      result: 'C',
      how: 'axe-core (image-alt, svg-img-alt, role-img-alt) sur chaque écran ; à la main : les seules images porteuses d\'information sont les codes QR (mode borne, fiche imprimée), en SVG avec role="img" et aria-label.',
      tests: [A11Y, KIOSK_E2E],
    },
    {
      id: '1.2',
      title: "Chaque image de décoration est-elle correctement ignorée par les technologies d'assistance ?",
      result: 'C',
      how: 'à la main : icônes des canaux, globe du menu des langues et flèche « Retour » en SVG aria-hidden="true" et focusable="false", ou en CSS.',
      tests: [A11Y],
    },
    {
      id: '1.3',
      title:
        "Pour chaque image porteuse d'information ayant une alternative textuelle, cette alternative est-elle pertinente (hors cas particuliers) ?",
      result: 'C',
      how: "à la main, en mode borne : l'alternative de chaque code QR est « Code QR de l'adresse … » avec l'adresse qu'il contient, aussi écrite en clair dessous.",
      tests: [KIOSK_E2E],
    },
    {
      id: '2.1',
      title: 'Chaque cadre a-t-il un titre de cadre ?',
      result: 'C',
      how: "par un test : l'iframe créée par embed.js a un attribut title.",
      tests: ['tests/e2e/embed.test.ts'],
    },
    {
      id: '2.2',
      title: 'Pour chaque cadre ayant un titre de cadre, ce titre de cadre est-il pertinent ?',
      result: 'C',
      how: 'à la main : le titre par défaut est « Titre de séjour 92 : où et comment déposer votre demande de titre de séjour » ; une association peut le remplacer (data-title, docs/embedding.md).',
      tests: ['tests/e2e/embed.test.ts'],
    },
    {
      id: '3.1',
      title:
        "Dans chaque page web, l'information ne doit pas être donnée uniquement par la couleur. Cette règle est-elle respectée ?",
      result: 'C',
      how: 'à la main : la réponse choisie est cochée (bouton radio) en plus du cadre coloré ; les erreurs commencent par « Erreur : » ; les statuts de « Toutes les règles » sont écrits en toutes lettres.',
      tests: [],
    },
    {
      id: '3.2',
      title:
        'Dans chaque page web, le contraste entre la couleur du texte et la couleur de son arrière-plan est-il suffisamment élevé (hors cas particuliers) ?',
      result: 'C',
      how: 'axe-core (color-contrast) sur chaque écran ; à la main, contrastes calculés pour une couleur ?accent= sur chaque fond où elle est utilisée, et pour les badges de « Toutes les règles ».',
      notes:
        "L'audit a trouvé deux défauts : une couleur ?accent= acceptée (vérifiée sur le blanc seulement) descendait à 4,07:1 sur le fond #eef3fa du lien principal ; le badge « Déduit » (#b35c00 sur #fff4e0) était à 4,33:1.",
      tests: [A11Y, 'tests/unit/params.test.ts'],
      fixed: FIXED,
    },
    {
      id: '3.3',
      title:
        "Dans chaque page web, les couleurs utilisées dans les composants d'interface ou les éléments graphiques porteurs d'informations sont-elles suffisamment contrastées (hors cas particuliers) ?",
      result: 'C',
      how: "à la main, contrastes calculés : bordure du champ de recherche #1e1e1e sur blanc, indicateur de focus (contour #1e1e1e et halo #ffbf47), boutons radio natifs à la couleur d'accent ; la bordure grise des cartes de réponse est décorative (le bouton radio identifie le choix).",
      tests: [],
    },
    {
      id: '4.1',
      title:
        'Chaque média temporel pré-enregistré a-t-il, si nécessaire, une transcription textuelle ou une audiodescription (hors cas particuliers) ?',
      result: 'NA',
      how: 'à la main : le guide ne contient ni vidéo ni son.',
      tests: [],
    },
    {
      id: '5.1',
      title: 'Chaque tableau de données complexe a-t-il un résumé ?',
      result: 'NA',
      how: "à la main : aucune page n'utilise de tableau (les faits de « Toutes les règles » sont des listes de définitions).",
      tests: [],
    },
    {
      id: '6.1',
      title: 'Chaque lien est-il explicite (hors cas particuliers) ?',
      result: 'C',
      how: 'à la main, lien par lien, sur une réponse et sur « Toutes les règles ».',
      notes:
        "L'audit a trouvé les 88 liens « Ouvrir ce parcours dans le guide » de « Toutes les règles » sous le même intitulé.",
      tests: [OVERVIEW_UI],
      fixed: FIXED,
    },
    {
      id: '6.2',
      title: 'Dans chaque page web, chaque lien a-t-il un intitulé ?',
      result: 'C',
      how: 'axe-core (link-name) sur chaque écran.',
      tests: [A11Y, STATEMENT],
    },
    {
      id: '7.1',
      title: "Chaque script est-il, si nécessaire, compatible avec les technologies d'assistance ?",
      result: 'C',
      how: "dans l'arbre d'accessibilité du navigateur : boutons radio, menu et boutons natifs ; la fenêtre d'inactivité de la borne est un alertdialog modal qui prend le focus ; le focus va au titre de chaque nouvel écran.",
      notes: "Vérifié dans l'arbre d'accessibilité, pas avec un lecteur d'écran.",
      tests: [A11Y, KIOSK_E2E],
    },
    {
      id: '7.3',
      title:
        'Chaque script est-il contrôlable par le clavier et par tout dispositif de pointage (hors cas particuliers) ?',
      result: 'C',
      how: "par un test : un parcours complet au clavier seul (Tab, Espace, Entrée), de l'accueil à une réponse et retour ; à la main, la borne au toucher simulé.",
      tests: [A11Y, KIOSK_E2E],
    },
    {
      id: '7.4',
      title:
        "Pour chaque script qui initie un changement de contexte, l'utilisateur est-il averti ou en a-t-il le contrôle ?",
      result: 'C',
      how: 'au clavier : flèches dans le menu des langues fermé, puis validation.',
      notes:
        "L'audit a trouvé que chaque flèche dans le menu des langues rechargeait le guide dans une autre langue. La langue ne change plus que sur une action explicite.",
      tests: [A11Y_UI, A11Y],
      fixed: FIXED,
    },
    {
      id: '7.5',
      title:
        "Dans chaque page web, les messages de statut sont-ils correctement restitués par les technologies d'assistance ?",
      result: 'C',
      how: "dans l'arbre d'accessibilité : zones role=\"status\" de la recherche de commune, de l'avis « réponses retirées » et du filtre de « Toutes les règles ».",
      notes:
        "L'audit a trouvé la zone de l'avis « réponses retirées » déjà remplie à son apparition (donc non annoncée) et « Question 2 sur 4 au plus » placée avant le titre qui prend le focus (jamais lue).",
      tests: [A11Y_UI],
      fixed: FIXED,
    },
    {
      id: '8.1',
      title: 'Chaque page web est-elle définie par un type de document ?',
      result: 'C',
      how: 'par un test : index.html, overview.html, changes.html et accessibilite.html commencent par <!doctype html>.',
      tests: [STATEMENT],
    },
    {
      id: '8.3',
      title: 'Dans chaque page web, la langue par défaut est-elle présente ?',
      result: 'C',
      how: 'axe-core (html-has-lang) sur chaque écran.',
      tests: [A11Y, STATEMENT],
    },
    {
      id: '8.4',
      title: 'Pour chaque page web ayant une langue par défaut, le code de langue est-il pertinent ?',
      result: 'C',
      how: "par un test : l'attribut lang et le sens d'écriture de <html> suivent la langue de l'interface, dans chacune des dix langues.",
      tests: [LANGUAGES],
    },
    {
      id: '8.5',
      title: 'Chaque page web a-t-elle un titre de page ?',
      result: 'C',
      how: 'axe-core (document-title) sur chaque écran.',
      tests: [A11Y, JOURNEYS],
    },
    {
      id: '8.6',
      title: 'Pour chaque page web ayant un titre de page, ce titre est-il pertinent ?',
      result: 'C',
      how: "à la main et par test : chaque écran donne son titre (la question, « Réponse : … » pour une réponse, « Déclaration d'accessibilité »).",
      notes: "L'audit a trouvé que le titre d'une réponse ne disait pas qu'il s'agissait de la réponse.",
      tests: [JOURNEYS, STATEMENT],
      fixed: FIXED,
    },
    {
      id: '8.7',
      title:
        'Dans chaque page web, chaque changement de langue est-il indiqué dans le code source (hors cas particuliers) ?',
      result: 'C',
      how: 'par un test sur les fichiers de langue : les termes français connus sont marqués comme français dans chaque langue (rendus avec lang="fr") ; citations de la préfecture en lang="fr".',
      notes:
        "L'audit a trouvé des passages français non marqués : le titre du document de la préfecture (en, es, pt, ru, uk, zh), « préfecture » en portugais, « Prendre un rendez-vous », « démarches simplifiées » et « étrangers malades ».",
      tests: ['tests/unit/locale-french-terms.test.ts', OVERVIEW_UI],
      fixed: FIXED,
    },
    {
      id: '8.8',
      title:
        'Dans chaque page web, le code de langue de chaque changement de langue est-il valide et pertinent ?',
      result: 'C',
      how: 'axe-core (valid-lang) ; à la main : lang="fr" pour les termes officiels, et chaque langue du menu porte son propre code.',
      tests: [A11Y],
    },
    {
      id: '8.9',
      title:
        'Dans chaque page web, les balises ne doivent pas être utilisées uniquement à des fins de présentation. Cette règle est-elle respectée ?',
      result: 'C',
      how: 'à la main, dans le code rendu : titres, listes, citations et listes de définitions ont le sens de leur balise ; la présentation est en CSS.',
      tests: [],
    },
    {
      id: '8.10',
      title: 'Dans chaque page web, les changements du sens de lecture sont-ils signalés ?',
      result: 'C',
      how: 'à la main et par test : dir="rtl" sur <html> en arabe et en dari ; chaque langue du menu porte son dir ; les termes français sont isolés dans <bdi>.',
      tests: [LANGUAGES, 'tests/unit/rich.test.tsx'],
    },
    {
      id: '9.1',
      title:
        "Dans chaque page web, l'information est-elle structurée par l'utilisation appropriée de titres ?",
      result: 'C',
      how: 'à la main : un seul h1 par écran (la question, la réponse), puis h2 et h3 sans saut sur une réponse, « Toutes les règles » et cette page.',
      tests: [JOURNEYS, STATEMENT],
    },
    {
      id: '9.2',
      title: 'Dans chaque page web, la structure du document est-elle cohérente (hors cas particuliers) ?',
      result: 'C',
      how: 'à la main : header, main et footer sur chaque page, nav pour la table des parties de « Toutes les règles ».',
      tests: [A11Y],
    },
    {
      id: '9.3',
      title: 'Dans chaque page web, chaque liste est-elle correctement structurée ?',
      result: 'C',
      how: 'axe-core (list, listitem, definition-list) ; à la main : les étapes sont une liste numérotée.',
      tests: [A11Y],
    },
    {
      id: '9.4',
      title: 'Dans chaque page web, chaque citation est-elle correctement indiquée ?',
      result: 'C',
      how: 'par un test : les mots de la préfecture sont dans des <blockquote lang="fr">.',
      tests: [OVERVIEW_UI, LANGUAGES],
    },
    {
      id: '10.1',
      title:
        "Dans le site web, des feuilles de styles sont-elles utilisées pour contrôler la présentation de l'information ?",
      result: 'C',
      how: "à la main : toute la présentation est dans des feuilles de styles ; la politique de sécurité (style-src 'self') refuse les styles en ligne.",
      tests: [],
    },
    {
      id: '10.2',
      title:
        "Dans chaque page web, le contenu visible porteur d'information reste-t-il présent lorsque les feuilles de styles sont désactivées ?",
      result: 'C',
      how: 'feuilles de styles désactivées, sur une question et une réponse : tout le texte est là.',
      tests: [],
    },
    {
      id: '10.3',
      title:
        "Dans chaque page web, l'information reste-t-elle compréhensible lorsque les feuilles de styles sont désactivées ?",
      result: 'C',
      how: "feuilles de styles désactivées : l'ordre du texte suit la lecture (en-tête, question, réponses, « Continuer », pied de page).",
      tests: [],
    },
    {
      id: '10.4',
      title:
        "Dans chaque page web, le texte reste-t-il lisible lorsque la taille des caractères est augmentée jusqu'à 200 %, au moins (hors cas particuliers) ?",
      result: 'C',
      how: "par des tests : zoom du navigateur à 200 % sur chaque question et chaque réponse ; texte seul agrandi à 200 % sur l'accueil, une question, une réponse, « Toutes les règles » et cette page.",
      tests: [A11Y, STATEMENT],
    },
    {
      id: '10.5',
      title:
        "Dans chaque page web, les déclarations CSS de couleurs de fond d'élément et de police sont-elles correctement utilisées ?",
      result: 'C',
      how: 'à la main : couleur du texte et du fond déclarées ensemble sur <html> et sur chaque élément coloré.',
      tests: [],
    },
    {
      id: '10.6',
      title:
        "Dans chaque page web, chaque lien dont la nature n'est pas évidente est-il visible par rapport au texte environnant ?",
      result: 'C',
      how: 'à la main : les liens dans le texte sont soulignés.',
      tests: [],
    },
    {
      id: '10.7',
      title:
        'Dans chaque page web, pour chaque élément recevant le focus, la prise de focus est-elle visible ?',
      result: 'C',
      how: 'par un test : un bouton radio et un bouton qui ont le focus sont entourés ; à la main sur les liens et le menu.',
      tests: [A11Y],
    },
    {
      id: '10.8',
      title:
        "Pour chaque page web, les contenus cachés ont-ils vocation à être ignorés par les technologies d'assistance ?",
      result: 'C',
      how: "par des tests : un seul écran à la fois dans le DOM ; l'en-tête d'impression n'est rendu que pendant l'impression (tests/ui/counter-sheet.test.tsx), il n'est donc jamais dans l'arbre d'accessibilité à l'écran ; les textes visuellement masqués (« Erreur : ») sont faits pour être lus.",
      tests: [JOURNEYS],
    },
    {
      id: '10.9',
      title:
        "Dans chaque page web, l'information ne doit pas être donnée uniquement par la forme, taille ou position. Cette règle est-elle respectée ?",
      result: 'C',
      how: 'à la main : « (bouton ci-dessus) » dans les étapes accompagne toujours le nom du site à ouvrir ; aucune consigne ne repose sur la seule position.',
      tests: [],
    },
    {
      id: '10.10',
      title:
        "Dans chaque page web, l'information ne doit pas être donnée par la forme, taille ou position uniquement. Cette règle est-elle implémentée de façon pertinente ?",
      result: 'C',
      how: 'à la main, avec 10.9.',
      tests: [],
    },
    {
      id: '10.11',
      title:
        "Pour chaque page web, les contenus peuvent-ils être présentés sans perte d'information ou de fonctionnalité et sans avoir recours soit à un défilement vertical pour une fenêtre ayant une hauteur de 256 px, soit à un défilement horizontal pour une fenêtre ayant une largeur de 320 px (hors cas particuliers) ?",
      result: 'C',
      how: 'par des tests : aucun défilement horizontal à 320 px de large sur chaque écran, ni à 200 % de zoom.',
      tests: [A11Y, STATEMENT],
    },
    {
      id: '10.12',
      title:
        "Dans chaque page web, les propriétés d'espacement du texte peuvent-elles être redéfinies par l'utilisateur sans perte de contenu ou de fonctionnalité (hors cas particuliers) ?",
      result: 'C',
      how: 'espacements redéfinis (interligne 1,5, lettres 0,12 em, mots 0,16 em, paragraphes 2 em) à 1024 et 320 px, en français et en arabe : rien de coupé, pas de défilement horizontal (seul le libellé « Langue », masqué exprès sur petit écran, reste coupé comme prévu).',
      tests: [],
    },
    {
      id: '10.13',
      title:
        "Dans chaque page web, les contenus additionnels apparaissant à la prise de focus ou au survol d'un composant d'interface sont-ils contrôlables par l'utilisateur (hors cas particuliers) ?",
      result: 'NA',
      how: "à la main : aucune infobulle ni contenu qui apparaît au survol ou au focus (le lien d'évitement est l'élément focalisé lui-même).",
      tests: [],
    },
    {
      id: '10.14',
      title:
        'Dans chaque page web, les contenus additionnels apparaissant via les styles CSS uniquement peuvent-ils être rendus visibles au clavier et par tout dispositif de pointage ?',
      result: 'NA',
      how: "à la main : aucun contenu n'apparaît par les seuls styles CSS (les blocs repliés sont des <details> natifs).",
      tests: [],
    },
    {
      id: '11.1',
      title: 'Chaque champ de formulaire a-t-il une étiquette ?',
      result: 'C',
      how: 'axe-core (label, select-name) sur chaque écran.',
      tests: [A11Y],
    },
    {
      id: '11.2',
      title:
        'Chaque étiquette associée à un champ de formulaire est-elle pertinente (hors cas particuliers) ?',
      result: 'C',
      how: "à la main : chaque réponse est l'étiquette de son bouton radio ; le champ de recherche dit quoi taper ; le menu s'appelle « Langue ».",
      tests: [JOURNEYS],
    },
    {
      id: '11.5',
      title: 'Dans chaque formulaire, les champs de même nature sont-ils regroupés, si nécessaire ?',
      result: 'C',
      how: 'à la main : les réponses de chaque question sont dans un fieldset ; les communes sont groupées par arrondissement (role="group").',
      tests: [],
    },
    {
      id: '11.6',
      title: 'Dans chaque formulaire, chaque regroupement de champs de même nature a-t-il une légende ?',
      result: 'C',
      how: 'à la main : la légende de chaque fieldset est la question (son h1) ; chaque groupe de communes a son nom.',
      tests: [],
    },
    {
      id: '11.7',
      title:
        'Dans chaque formulaire, chaque légende associée à un regroupement de champs de même nature est-elle pertinente ?',
      result: 'C',
      how: 'à la main, question par question.',
      tests: [],
    },
    {
      id: '11.9',
      title: "Dans chaque formulaire, l'intitulé de chaque bouton est-il pertinent (hors cas particuliers) ?",
      result: 'C',
      how: "dans l'arbre d'accessibilité : nom accessible de chaque bouton comparé à son texte visible.",
      notes:
        "L'audit a trouvé que les boutons « A », « A+ », « A++ » de la borne n'avaient pas leur texte visible dans leur nom accessible (commande vocale).",
      tests: [KIOSK_UI],
      fixed: FIXED,
    },
    {
      id: '11.10',
      title:
        'Dans chaque formulaire, le contrôle de saisie est-il utilisé de manière pertinente (hors cas particuliers) ?',
      result: 'C',
      how: "au clavier, « Continuer » sans réponse : message d'erreur, champ marqué invalide et relié au message.",
      notes:
        "L'audit a trouvé que les réponses obligatoires n'étaient pas indiquées (required absent) et que le champ de recherche de commune ne renvoyait pas à son message d'erreur, sans aria-invalid.",
      tests: [A11Y_UI],
      fixed: FIXED,
    },
    {
      id: '11.11',
      title:
        'Dans chaque formulaire, le contrôle de saisie est-il accompagné, si nécessaire, de suggestions facilitant la correction des erreurs de saisie ?',
      result: 'C',
      how: "à la main : le message dit quoi faire (« Choisissez votre commune dans la liste, ou « J'habite hors des Hauts-de-Seine » ») ; une commune inconnue est signalée avec la marche à suivre.",
      tests: [JOURNEYS],
    },
    {
      id: '11.13',
      title:
        "La finalité d'un champ de saisie peut-elle être déduite pour faciliter le remplissage automatique des champs avec les données de l'utilisateur ?",
      result: 'C',
      how: 'à la main, dans le code rendu : attribut autocomplete du champ de recherche de commune.',
      notes:
        'Corrigé le 3 décembre 2026 : le champ de la commune porte autocomplete="address-level2", sauf en mode borne (autocomplete="off"), où le remplissage automatique montrerait les données d\'une autre personne. Vérifié par tests/ui/accessibility.test.tsx (guide) et tests/e2e/kiosk-form-data.test.ts (borne).',
      fixed: FIXED,
      tests: [A11Y_UI, 'tests/e2e/kiosk-form-data.test.ts'],
    },
    {
      id: '12.6',
      title:
        "Les zones de regroupement de contenus présentes dans plusieurs pages web (zones d'en-tête, de navigation principale, de contenu principal, de pied de page et de moteur de recherche) peuvent-elles être atteintes ou évitées ?",
      result: 'C',
      how: 'dans l\'arbre d\'accessibilité : header, main, footer et role="search" ; texte en dehors de toute région.',
      notes:
        "L'audit a trouvé la mention « Guide indépendant et non officiel » et l'avis de traduction en dehors de toute région.",
      tests: [A11Y_UI],
      fixed: FIXED,
    },
    {
      id: '12.7',
      title:
        "Dans chaque page web, un lien d'évitement ou d'accès rapide à la zone de contenu principal est-il présent (hors cas particuliers) ?",
      result: 'C',
      how: "par un test : « Aller au contenu » est le premier élément atteint par Tab et met le focus sur le contenu sans changer d'étape.",
      tests: [A11Y],
    },
    {
      id: '12.8',
      title: "Dans chaque page web, l'ordre de tabulation est-il cohérent ?",
      result: 'C',
      how: "au clavier : ordre de tabulation sur chaque type d'écran, et après la fermeture d'un avis.",
      notes:
        "L'audit a trouvé qu'après la fermeture de l'avis « réponses retirées », le focus tombait sur <body>.",
      tests: [A11Y_UI],
      fixed: FIXED,
    },
    {
      id: '12.9',
      title:
        'Dans chaque page web, la navigation ne doit pas contenir de piège au clavier. Cette règle est-elle respectée ?',
      result: 'C',
      how: "par un test : parcours complet au clavier, aller et retour ; la fenêtre d'inactivité de la borne, modale, se ferme par son bouton.",
      tests: [A11Y, KIOSK_E2E],
    },
    {
      id: '12.10',
      title:
        "Dans chaque page web, les raccourcis clavier n'utilisant qu'une seule touche (lettre minuscule ou majuscule, ponctuation, chiffre ou symbole) sont-ils contrôlables par l'utilisateur ?",
      result: 'NA',
      how: 'à la main : le guide ne définit aucun raccourci clavier.',
      tests: [],
    },
    {
      id: '12.11',
      title:
        "Dans chaque page web, les contenus additionnels apparaissant au survol, à la prise de focus ou à l'activation d'un composant d'interface sont-ils si nécessaire atteignables au clavier ?",
      result: 'C',
      how: "au clavier : le contenu des blocs <details> (les mots de la préfecture) s'ouvre et se parcourt au clavier.",
      tests: [],
    },
    {
      id: '13.1',
      title:
        "Pour chaque page web, l'utilisateur a-t-il le contrôle de chaque limite de temps modifiant le contenu (hors cas particuliers) ?",
      result: 'C',
      how: "par un test avec une horloge simulée : en mode borne, après le délai d'inactivité (réglable de 30 à 600 s), une fenêtre prévient et compte 30 s ; « Je suis là, continuer » garde les réponses, autant de fois que voulu.",
      tests: [KIOSK_E2E, KIOSK_UI, 'tests/unit/idle.test.ts'],
    },
    {
      id: '13.2',
      title:
        "Dans chaque page web, l'ouverture d'une nouvelle fenêtre ne doit pas être déclenchée sans action de l'utilisateur. Cette règle est-elle respectée ?",
      result: 'C',
      how: "à la main : aucune fenêtre ne s'ouvre d'elle-même ; dans un site d'association, les liens externes s'ouvrent dans un nouvel onglet au clic.",
      tests: [],
    },
    {
      id: '13.7',
      title:
        'Dans chaque page web, les changements brusques de luminosité ou les effets de flash sont-ils correctement utilisés ?',
      result: 'NA',
      how: 'à la main : aucun flash ni changement brusque de luminosité.',
      tests: [],
    },
    {
      id: '13.8',
      title:
        "Dans chaque page web, chaque contenu en mouvement ou clignotant est-il contrôlable par l'utilisateur ?",
      result: 'C',
      how: "par un test : rien ne bouge quand la personne demande moins d'animations ; à la main : le seul contenu qui change seul est le compte à rebours de la borne, essentiel à sa fonction.",
      tests: [A11Y],
    },
    {
      id: '13.9',
      title:
        "Dans chaque page web, le contenu proposé est-il consultable quelle que soit l'orientation de l'écran (portrait ou paysage) (hors cas particuliers) ?",
      result: 'C',
      how: "par des tests en portrait (320 × 640, 390 × 844) et en paysage (640 × 400) ; aucune orientation n'est imposée.",
      tests: [A11Y],
    },
    {
      id: '13.10',
      title:
        "Dans chaque page web, les fonctionnalités utilisables ou disponibles au moyen d'un geste complexe peuvent-elles être également disponibles au moyen d'un geste simple (hors cas particuliers) ?",
      result: 'NA',
      how: 'à la main : aucun geste complexe (ni glisser, ni pincer, ni tracé).',
      tests: [],
    },
    {
      id: '13.11',
      title:
        "Dans chaque page web, les actions déclenchées au moyen d'un dispositif de pointage sur un point unique de l'écran peuvent-elles faire l'objet d'une annulation (hors cas particuliers) ?",
      result: 'C',
      how: 'à la main : boutons et liens natifs, déclenchés au relâchement ; glisser hors du bouton annule.',
      tests: [],
    },
    {
      id: '13.12',
      title:
        "Dans chaque page web, les fonctionnalités qui impliquent un mouvement de l'appareil ou vers l'appareil peuvent-elles être satisfaites de manière alternative (hors cas particuliers) ?",
      result: 'NA',
      how: "à la main : aucune fonction ne dépend d'un mouvement de l'appareil.",
      tests: [],
    },
  ],
};
