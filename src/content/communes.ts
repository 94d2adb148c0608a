// The 36 communes of the Hauts-de-Seine by arrondissement. Source (external to the préfecture's
// table): the préfecture's « FAQ Séjour des étrangers - démarches à Nanterre », question 1.
// Names are proper nouns: they are shown as written here in every language.

export type Arrondissement = 'nanterre' | 'antony' | 'boulogne-billancourt';

const BY_ARRONDISSEMENT = {
  nanterre: {
    'asnieres-sur-seine': 'Asnières-sur-Seine',
    'bois-colombes': 'Bois-Colombes',
    clichy: 'Clichy',
    colombes: 'Colombes',
    courbevoie: 'Courbevoie',
    garches: 'Garches',
    gennevilliers: 'Gennevilliers',
    'la-garenne-colombes': 'La Garenne-Colombes',
    'levallois-perret': 'Levallois-Perret',
    nanterre: 'Nanterre',
    'neuilly-sur-seine': 'Neuilly-sur-Seine',
    puteaux: 'Puteaux',
    'rueil-malmaison': 'Rueil-Malmaison',
    'saint-cloud': 'Saint-Cloud',
    suresnes: 'Suresnes',
    vaucresson: 'Vaucresson',
    'villeneuve-la-garenne': 'Villeneuve-la-Garenne',
  },
  antony: {
    antony: 'Antony',
    bagneux: 'Bagneux',
    'bourg-la-reine': 'Bourg-la-Reine',
    'chatenay-malabry': 'Châtenay-Malabry',
    chatillon: 'Châtillon',
    clamart: 'Clamart',
    'fontenay-aux-roses': 'Fontenay-aux-Roses',
    'le-plessis-robinson': 'Le Plessis-Robinson',
    malakoff: 'Malakoff',
    montrouge: 'Montrouge',
    sceaux: 'Sceaux',
  },
  'boulogne-billancourt': {
    'boulogne-billancourt': 'Boulogne-Billancourt',
    chaville: 'Chaville',
    'issy-les-moulineaux': 'Issy-les-Moulineaux',
    'marnes-la-coquette': 'Marnes-la-Coquette',
    meudon: 'Meudon',
    sevres: 'Sèvres',
    vanves: 'Vanves',
    'ville-d-avray': "Ville-d'Avray",
  },
} as const;

type ByArrondissement = typeof BY_ARRONDISSEMENT;
export type CommuneId = { [A in Arrondissement]: keyof ByArrondissement[A] }[Arrondissement];

export interface Commune {
  id: CommuneId;
  name: string;
  arrondissement: Arrondissement;
}

export const ARRONDISSEMENTS = Object.keys(BY_ARRONDISSEMENT) as Arrondissement[];

export const COMMUNES: readonly Commune[] = ARRONDISSEMENTS.flatMap((arrondissement) =>
  Object.entries(BY_ARRONDISSEMENT[arrondissement]).map(([id, name]) => ({
    id: id as CommuneId,
    name,
    arrondissement,
  })),
);

export const COMMUNE_IDS = COMMUNES.map((commune) => commune.id);

export function communeById(id: string): Commune | undefined {
  return COMMUNES.find((commune) => commune.id === id);
}

/** Folds case, accents and punctuation so that "chatenay malabry" finds Châtenay-Malabry. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i') // Turkish dotless i
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
