// The public sources behind the national rules (../shared/national-rules.md §5), keyed as there.
// Titles stay in French, as the sources name themselves. A source is cited by the national
// records (national.ts) and shown with the outcome's source, the overview and the open data.
import type { Source } from './schema-base';

export const SOURCES = {
  S1: {
    title: 'Légifrance, arrêté du 27 avril 2021 (NOR INTV2112448A)',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000043459010/',
    date: null,
  },
  S2: {
    title: 'CESEDA, articles R. 431-2 et R. 431-3 (rédaction en vigueur)',
    url: 'https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014',
    date: null,
  },
  S3: {
    title: "Conseil d'État, 3 juin 2022, n° 452798",
    url: 'http://www.conseil-etat.fr/fr/arianeweb/CE/analyse/2022-06-03/452798',
    date: '2022-06-03',
  },
  S5: {
    title: 'Fédération des acteurs de la solidarité, arrêté du 1er août 2023',
    url: 'https://federationsolidarite.org/actualites/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te',
    date: '2023-08-31',
  },
  S6: {
    title: 'V. Tchen, modalités de la solution de substitution au téléservice (arrêté du 1er août 2023)',
    url: 'https://vincenttchen.typepad.fr/droit_des_etrangers/2023/10/modalit%C3%A9s-de-solution-de-substitution-au-t%C3%A9l%C3%A9service.html',
    date: '2023-10',
  },
  S7: {
    title: 'V. Tchen, décret n° 2021-313 (dématérialisation des demandes de titre de séjour)',
    url: 'https://vincenttchen.typepad.fr/droit_des_etrangers/2021/03/d%C3%A9mat%C3%A9ralisation-des-demandes-de-titre-de-s%C3%A9jour.html',
    date: '2021-03',
  },
  S9: {
    title:
      'Préfecture du Nord, titre de séjour en ligne pour les bénéficiaires de la protection internationale',
    url: 'https://www.nord.gouv.fr/index.php/Actualites/Actualites/Demarche-en-ligne-titre-de-sejour-pour-les-beneficiaires-de-la-protection-internationale',
    date: '2022-05-04',
  },
  S10: {
    title: 'Gisti, recours contre le décret et l’arrêté de 2021',
    url: 'https://gisti.org/spip.php?article6602',
    date: '2021',
  },
  S11: {
    title: 'Préfecture de Vaucluse, « Déposer une demande en ligne via l’ANEF »',
    url: 'https://vaucluse.gouv.fr/Demarches/Immigration/Demarches-et-reglementation/Deposer-une-demande-en-ligne-via-l-ANEF',
    date: '2023-12-19',
  },
  S12: {
    title: 'M. Rezeau-Merah, attestation de prolongation d’instruction et délais (120e au 60e jour)',
    url: 'https://mandyrezeaumerah.com/2024/02/17/je-nai-pas-recu-dattestation-de-prolongation-dinstruction-de-ma-demande-de-renouvellement-de-titre-de-sejour-attention-aux-delais/',
    date: '2024-02-17',
  },
  S13: {
    title: 'Arrêté du 28 septembre 2023 (JORF n° 0226 du 29 septembre 2023), article 1',
    url: 'https://juriblio.fr/arretes/arrete-du-28-septembre-2023/182337168',
    date: '2023-09-29',
  },
  S14: {
    title:
      'Le Media social, arrêté du 31 mars 2023 : la liste des titres de séjour à demander en ligne est complétée',
    url: 'https://lemediasocial.fr/demandes-en-ligne-la-liste-des-titres-de-sejour-concernes-est-completee_5XpCod',
    date: '2023',
  },
  S15: {
    title: 'La Cimade, dématérialisation des demandes de titre de séjour',
    url: 'https://lacimade.org/dematerialisation-des-demandes-de-titre-de-sejour-les-pouvoirs-publics-font-lautruche',
    date: '2023-06-28',
  },
  S16: {
    title: 'Arrêté du 1er juillet 2024 (JORF n° 0156 du 3 juillet 2024), article 1',
    url: 'https://juriblio.fr/arretes/arrete-du-1er-juillet-2024/184079609',
    date: '2024-07-03',
  },
  S18: {
    title: 'Arrêté du 16 septembre 2022 (JORF n° 0219 du 21 septembre 2022), article 1',
    url: 'https://juriblio.fr/arretes/arrete-du-16-septembre-2022/180525686/article-1',
    date: '2022-09-21',
  },
  S19: {
    title: 'Fédération des acteurs de la solidarité, dématérialisation pour les personnes réfugiées',
    url: 'https://www.federationsolidarite.org/actualites/dematerialisation-de-demarches-pour-les-personnes-en-demande-dasile-et-refugiees-courriers-ofpra-et-demande-de-titre-de-sejour-bpi/',
    date: '2022-05-03',
  },
  S20: {
    title: 'Préfecture du Bas-Rhin, cartes de séjour temporaires et pluriannuelles',
    url: 'https://www.bas-rhin.gouv.fr/Actions-de-l-Etat/Delivrance-des-titres/Etrangers/Liste-des-pieces-a-fournir-pour-un-titre-de-sejour/Les-cartes-de-sejour-temporaire-et-pluriannuel',
    date: '2023-10-03',
  },
  S21: {
    title: 'service-public.fr, fiche F17164 (étranger malade)',
    url: 'https://chatbot.illicoweb.com/service-public/fiche/F17164',
    date: null,
  },
  S22: {
    title: 'Université de Rennes, cartes « talent » en ligne depuis le 31 mai 2021',
    url: 'https://cmi.univ-rennes.fr/en/ANEF-PTC-en',
    date: null,
  },
  S23: {
    title: 'Préfecture de l’Orne, duplicata de titre de séjour',
    url: 'http://www.orne.gouv.fr/Demarches/Ressortissants-etrangers/Vos-demarches/Duplicata-de-titre-de-sejour-suite-a-un-vol-ou-une-perte',
    date: '2021-12-09',
  },
  S24: {
    title: 'Préfecture du Pas-de-Calais, demandes des étrangers en situation de vulnérabilité en ligne',
    url: 'https://www.pas-de-calais.gouv.fr/index.php/Actualites/Actualites/Dematerialisation-des-demandes-de-titres-de-sejour-des-etrangers-en-situation-de-vulnerabilite/(theme)/39',
    date: '2023-10-03',
  },
  'S24-refugies-info': {
    title: 'Réfugiés.info, déclarer un changement de situation',
    url: 'https://refugies.info/fr/demarche/6392ff59bcd2075a379203a9',
    date: '2022-12-12',
  },
  'S24-hautes-alpes': {
    title: 'Préfecture des Hautes-Alpes, démarches en ligne (visiteur, duplicata)',
    url: 'https://www.hautes-alpes.gouv.fr/spip.php?page=article_print&id_article=7247',
    date: '2022',
  },
  S25: {
    title: 'Cité internationale universitaire de Paris, étudiants : demander une carte de séjour',
    url: 'https://access.ciup.fr/prefecture/etudiants/demander-une-carte-de-sejour-etudiant/',
    date: null,
  },
  S28: {
    title: 'Gisti, DCEM',
    url: 'http://gisti.org/spip.php?article6758',
    date: null,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
