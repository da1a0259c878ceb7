/**
 * Invented people and real places for the demo's contributors: a Marseille film's community is
 * mostly French, with Belgian, Swiss and Québécois fans and a few from further away. Postcodes are
 * text (01000, 08001, H2X 1Y4) as the exports must keep them.
 */
/** "a, b, c" → ['a', 'b', 'c']: keeps long name lists compact and readable. */
function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export interface Place {
  postalCode: string;
  city: string;
  region: string;
}

export interface Country {
  code: string;
  language: string;
  /** Relative share of the contributors. */
  weight: number;
  firstNames: readonly string[];
  lastNames: readonly string[];
  streets: readonly string[];
  /** "Kastanienallee 12" rather than "12 rue Sainte". */
  numberAfterStreet: boolean;
  phonePrefix: string;
  places: readonly Place[];
}

const FRENCH_FIRST = list(
  `Camille, Léa, Chloé, Inès, Manon, Hélène, Zoé, Maëlle, Éloïse, Anaïs, Clémence, Noémie, Amélie, Céline, Agnès, Jérôme, Théo, Hugo, Lucas, Mathéo, Raphaël, Noé, Gaël, Loïc, François, Sébastien, Benoît, Cédric, Stéphane, Frédéric, Rémi, Joël, Aurélien, Mathilde, Béatrice, Geneviève, Josiane, Marius, Fanny, César, Océane, Timothée, Adèle, Lucie, Gaëtan, Karim, Yasmine, Nadia, Mehdi, Samir, Leïla, Sofiane, Rachid, Farida, Thi Lan, Jean-Baptiste, Marie-Claude`,
);

const FRENCH_LAST = list(
  `Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier, Dupont, Lambert, Bonnet, Légaré, Gérard, Chevalier, Rousseau, Blanc, Guérin, Boyer, Gauthier, Barbier, Brun, Faure, Fabre, Mazzoni, Santini, Castellani, Ferrandi, Benali, Haddad, Mansouri, Nguyen, Tran, Ben Salah, Diallo, Le Goff, Kerbrat, D'Angelo, Cœurderoy, de La Roche, Saint-Jean, Pécout, Aubanel, Estève, Bérenguier`,
);

const FRANCE: readonly Place[] = [
  { postalCode: '13001', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13002', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13005', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13006', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13007', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13008', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13016', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13100', city: 'Aix-en-Provence', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13400', city: 'Aubagne', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13600', city: 'La Ciotat', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13260', city: 'Cassis', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '13200', city: 'Arles', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '83000', city: 'Toulon', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '06000', city: 'Nice', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '84000', city: 'Avignon', region: 'Provence-Alpes-Côte d’Azur' },
  { postalCode: '34000', city: 'Montpellier', region: 'Occitanie' },
  { postalCode: '30000', city: 'Nîmes', region: 'Occitanie' },
  { postalCode: '69003', city: 'Lyon', region: 'Auvergne-Rhône-Alpes' },
  { postalCode: '38000', city: 'Grenoble', region: 'Auvergne-Rhône-Alpes' },
  { postalCode: '01000', city: 'Bourg-en-Bresse', region: 'Auvergne-Rhône-Alpes' },
  { postalCode: '42000', city: 'Saint-Étienne', region: 'Auvergne-Rhône-Alpes' },
  { postalCode: '75011', city: 'Paris', region: 'Île-de-France' },
  { postalCode: '75018', city: 'Paris', region: 'Île-de-France' },
  { postalCode: '75020', city: 'Paris', region: 'Île-de-France' },
  { postalCode: '93100', city: 'Montreuil', region: 'Île-de-France' },
  { postalCode: '33000', city: 'Bordeaux', region: 'Nouvelle-Aquitaine' },
  { postalCode: '59000', city: 'Lille', region: 'Hauts-de-France' },
  { postalCode: '44000', city: 'Nantes', region: 'Pays de la Loire' },
  { postalCode: '67000', city: 'Strasbourg', region: 'Grand Est' },
  { postalCode: '35000', city: 'Rennes', region: 'Bretagne' },
  { postalCode: '20000', city: 'Ajaccio', region: 'Corse' },
  { postalCode: '25000', city: 'Besançon', region: 'Bourgogne-Franche-Comté' },
];

export const COUNTRIES: readonly Country[] = [
  {
    code: 'FR',
    language: 'fr',
    weight: 74,
    firstNames: FRENCH_FIRST,
    lastNames: FRENCH_LAST,
    streets: list(
      `rue de la République, boulevard Longchamp, cours Julien, rue d’Aubagne, avenue du Prado, rue Sainte, chemin du Roucas-Blanc, rue Paradis, place Jean-Jaurès, impasse des Tilleuls, allée des Peupliers, rue Victor-Hugo, quai de Rive-Neuve, rue de l’Évêché, montée des Accoules, boulevard de la Libération`,
    ),
    numberAfterStreet: false,
    phonePrefix: '+33 6',
    places: FRANCE,
  },
  {
    code: 'BE',
    language: 'fr',
    weight: 6,
    firstNames: list(`Lotte, Wouter, Annelies, Maxime, Élise, Quentin, Sarah, Jens`),
    lastNames: list(`Peeters, Janssens, Maes, Van den Bossche, Dumont, Lejeune, Wauters`),
    streets: list(`Rue Haute, Avenue Louise, Chaussée de Wavre, Rue Saint-Gilles`),
    numberAfterStreet: true,
    phonePrefix: '+32 4',
    places: [
      { postalCode: '1000', city: 'Bruxelles', region: 'Bruxelles-Capitale' },
      { postalCode: '1060', city: 'Saint-Gilles', region: 'Bruxelles-Capitale' },
      { postalCode: '4000', city: 'Liège', region: 'Wallonie' },
      { postalCode: '5000', city: 'Namur', region: 'Wallonie' },
    ],
  },
  {
    code: 'CH',
    language: 'fr',
    weight: 4,
    firstNames: list(`Urs, Léonie, Mathias, Anouk, Raphaëlle`),
    lastNames: list(`Müller, Favre, Rochat, Bühler, Perrenoud`),
    streets: list(`Rue du Rhône, Avenue de la Gare, Rue de Carouge`),
    numberAfterStreet: true,
    phonePrefix: '+41 79',
    places: [
      { postalCode: '1201', city: 'Genève', region: 'GE' },
      { postalCode: '1003', city: 'Lausanne', region: 'VD' },
      { postalCode: '2000', city: 'Neuchâtel', region: 'NE' },
    ],
  },
  {
    code: 'CA',
    language: 'fr',
    weight: 4,
    firstNames: list(`Élodie, Marc-André, Geneviève, Félix, Maude, Étienne`),
    lastNames: list(`Tremblay, Gagnon, Côté, Bélanger, Lévesque, Bouchard`),
    streets: list(`rue Saint-Denis, avenue du Mont-Royal Est, boulevard Saint-Laurent`),
    numberAfterStreet: false,
    phonePrefix: '+1 514',
    places: [
      { postalCode: 'H2X 1Y4', city: 'Montréal', region: 'QC' },
      { postalCode: 'H2T 1S6', city: 'Montréal', region: 'QC' },
      { postalCode: 'G1R 4P5', city: 'Québec', region: 'QC' },
    ],
  },
  {
    code: 'DE',
    language: 'de',
    weight: 3,
    firstNames: list(`Jürgen, Björn, Jörg, Käthe, Lena, Sören, Maximilian`),
    lastNames: list(`Müller, Schröder, Weiß, Groß, Köhler, Schäfer`),
    streets: list(`Kastanienallee, Schönhauser Allee, Hauptstraße, Brüsseler Straße`),
    numberAfterStreet: true,
    phonePrefix: '+49 151',
    places: [
      { postalCode: '10115', city: 'Berlin', region: 'Berlin' },
      { postalCode: '50667', city: 'Köln', region: 'Nordrhein-Westfalen' },
      { postalCode: '80331', city: 'München', region: 'Bayern' },
    ],
  },
  {
    code: 'IT',
    language: 'it',
    weight: 2,
    firstNames: list(`Giulia, Niccolò, Lorenzo, Chiara`),
    lastNames: list(`Rossi, Esposito, Bianchi, De Luca, Ricci`),
    streets: list(`Via Roma, Corso Buenos Aires, Via dei Tribunali`),
    numberAfterStreet: true,
    phonePrefix: '+39 347',
    places: [
      { postalCode: '20121', city: 'Milano', region: 'MI' },
      { postalCode: '80138', city: 'Napoli', region: 'NA' },
      { postalCode: '16121', city: 'Genova', region: 'GE' },
    ],
  },
  {
    code: 'ES',
    language: 'es',
    weight: 2,
    firstNames: list(`José, María, Íñigo, Begoña, Ángel, Nuria`),
    lastNames: list(`García, Fernández, Muñoz, Núñez, Ibáñez`),
    streets: list(`Carrer de Mallorca, Calle de Alcalá, Carrer de Verdi`),
    numberAfterStreet: true,
    phonePrefix: '+34 6',
    places: [
      { postalCode: '08001', city: 'Barcelona', region: 'Cataluña' },
      { postalCode: '08012', city: 'Barcelona', region: 'Cataluña' },
      { postalCode: '28014', city: 'Madrid', region: 'Madrid' },
    ],
  },
  {
    code: 'GB',
    language: 'en',
    weight: 2,
    firstNames: list(`Siobhan, Oliver, Imogen, Rhys`),
    lastNames: list(`O’Brien, Smith, Davies, Holloway`),
    streets: list(`Mare Street, Oxford Road, Stokes Croft`),
    numberAfterStreet: false,
    phonePrefix: '+44 7700',
    places: [
      { postalCode: 'E8 3PN', city: 'London', region: '' },
      { postalCode: 'M1 7ED', city: 'Manchester', region: '' },
      { postalCode: 'BS1 3QY', city: 'Bristol', region: '' },
    ],
  },
  {
    code: 'US',
    language: 'en',
    weight: 1,
    firstNames: list(`Ashley, Tyler, Mariana, Jamal`),
    lastNames: list(`Johnson, Okafor, Nakamura, Rivera`),
    streets: list(`Bedford Avenue, Sunset Boulevard`),
    numberAfterStreet: false,
    phonePrefix: '+1 718',
    places: [
      { postalCode: '11211', city: 'Brooklyn', region: 'NY' },
      { postalCode: '90026', city: 'Los Angeles', region: 'CA' },
    ],
  },
  {
    code: 'SN',
    language: 'fr',
    weight: 1,
    firstNames: list(`Aïssatou, Mamadou, Fatou, Cheikh`),
    lastNames: list(`Diop, Ndiaye, Sow, Fall`),
    streets: list(`Rue Carnot, Avenue Cheikh Anta Diop`),
    numberAfterStreet: false,
    phonePrefix: '+221 77',
    places: [{ postalCode: '10700', city: 'Dakar', region: 'Dakar' }],
  },
  {
    code: 'MA',
    language: 'fr',
    weight: 1,
    firstNames: list(`Youssef, Salma, Omar, Khadija`),
    lastNames: list(`El Amrani, Bennani, Alaoui, Tazi`),
    streets: list(`Boulevard Zerktouni, Rue Ibn Batouta`),
    numberAfterStreet: false,
    phonePrefix: '+212 6',
    places: [{ postalCode: '20250', city: 'Casablanca', region: 'Casablanca-Settat' }],
  },
];

export const ADDRESS_SECOND_LINES: readonly string[] = [
  'Bâtiment B, 3e étage',
  'Appartement 12',
  'Résidence Les Oliviers',
  'Escalier C',
  'Boîte 4',
];

/** "Éloïse Cœurderoy" → "eloise.coeurderoy": accents and ligatures folded for an email. */
export function emailLocalPart(first: string, last: string): string {
  const fold = (text: string): string =>
    text
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${fold(first)}.${fold(last)}`;
}
