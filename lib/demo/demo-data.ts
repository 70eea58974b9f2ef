/**
 * The demo data: Belgian participants of the Blue Heart campaign, from public
 * record (coordinates approximate). Used by the seed and by the tests that
 * check what the seeded app shows.
 */
import type { Building } from '@/db/schema';
import type { EventKind, IlluminationStatus, Locale, LocalizedText, NamesByLocale } from '@/lib/constants';
import type { PartnerProfile } from '@/lib/partners/validation';

export type DemoCity = {
  key: string;
  name: string;
  names: Partial<Record<Locale, string>>;
  province: string;
  lat: number;
  lng: number;
};

export const DEMO_CITIES: DemoCity[] = [
  { key: 'brussels', name: 'Brussels', names: { fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel' }, province: 'Brussels-Capital Region', lat: 50.8467, lng: 4.3525 },
  { key: 'antwerp', name: 'Antwerp', names: { fr: 'Anvers', nl: 'Antwerpen', de: 'Antwerpen' }, province: 'Antwerp', lat: 51.2194, lng: 4.4025 },
  { key: 'bruges', name: 'Bruges', names: { nl: 'Brugge', de: 'Brügge' }, province: 'West Flanders', lat: 51.2093, lng: 3.2247 },
  { key: 'ghent', name: 'Ghent', names: { fr: 'Gand', nl: 'Gent', de: 'Gent' }, province: 'East Flanders', lat: 51.0543, lng: 3.7174 },
  { key: 'kortrijk', name: 'Kortrijk', names: { fr: 'Courtrai' }, province: 'West Flanders', lat: 50.8280, lng: 3.2649 },
  { key: 'tournai', name: 'Tournai', names: { nl: 'Doornik' }, province: 'Hainaut', lat: 50.6056, lng: 3.3879 },
  { key: 'liege', name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' }, province: 'Liège', lat: 50.6326, lng: 5.5797 },
  { key: 'leuven', name: 'Leuven', names: { fr: 'Louvain', de: 'Löwen' }, province: 'Flemish Brabant', lat: 50.8798, lng: 4.7005 },
  { key: 'arlon', name: 'Arlon', names: { nl: 'Aarlen', de: 'Arel' }, province: 'Luxembourg', lat: 49.6833, lng: 5.8167 },
  { key: 'ypres', name: 'Ypres', names: { nl: 'Ieper', de: 'Ypern' }, province: 'West Flanders', lat: 50.8514, lng: 2.8857 },
  { key: 'nivelles', name: 'Nivelles', names: { nl: 'Nijvel' }, province: 'Walloon Brabant', lat: 50.5983, lng: 4.3285 },
  { key: 'louvain-la-neuve', name: 'Louvain-la-Neuve', names: {}, province: 'Walloon Brabant', lat: 50.6681, lng: 4.6118 },
];

/** A demo building: its own details as the table has them (names in other languages only where they differ), and its part in the campaigns. */
export type DemoBuilding = Pick<Building, 'name' | 'kind' | 'address' | 'lat' | 'lng' | 'description'> &
  Partial<Pick<Building, 'names'>> & {
  key: string;
  city: string;
  /** Status in the current campaign. */
  status: IlluminationStatus;
  reviewReason?: string;
  /** Took part in the past (2023) campaign too. */
  past: boolean;
  lightsOnTime?: string;
  lightsOffTime: string;
};

export const DEMO_BUILDINGS: DemoBuilding[] = [
  { key: 'brussels-town-hall', city: 'brussels', name: 'Brussels Town Hall', names: { fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' }, kind: 'town_hall', address: 'Grand-Place, 1000 Brussels', lat: 50.8467, lng: 4.3524, description: 'The Gothic town hall on the Grand-Place, lit blue from its tower to its arcades.', status: 'approved', past: true, lightsOffTime: '01:00' },
  { key: 'egmont-palace', city: 'brussels', name: 'Egmont Palace', names: { fr: 'Palais d’Egmont', nl: 'Egmontpaleis' }, kind: 'monument', address: 'Place du Petit Sablon 8, 1000 Brussels', lat: 50.8389, lng: 4.3560, description: 'Home of the Belgian Ministry of Foreign Affairs.', status: 'approved', past: true, lightsOffTime: '23:59' },
  { key: 'manneken-pis', city: 'brussels', name: 'Manneken-Pis', kind: 'monument', address: 'Rue de l’Étuve, 1000 Brussels', lat: 50.8450, lng: 4.3500, description: 'The little statue, dressed and lit for the day.', status: 'rejected', reviewReason: 'The statue has no floodlights of its own; please register the surrounding façades instead.', past: false, lightsOffTime: '23:00' },
  { key: 'european-parliament', city: 'brussels', name: 'European Parliament', names: { fr: 'Parlement européen', nl: 'Europees Parlement', de: 'Europäisches Parlament' }, kind: 'monument', address: 'Rue Wiertz 60, 1047 Brussels', lat: 50.8386, lng: 4.3754, description: 'The Paul-Henri Spaak building of the European Parliament.', status: 'approved', past: true, lightsOnTime: '21:00', lightsOffTime: '00:30' },
  { key: 'antwerp-city-hall', city: 'antwerp', name: 'Antwerp City Hall', names: { fr: 'Hôtel de ville d’Anvers', nl: 'Stadhuis van Antwerpen' }, kind: 'town_hall', address: 'Grote Markt 1, 2000 Antwerp', lat: 51.2211, lng: 4.3997, description: 'The Renaissance city hall on the Grote Markt.', status: 'approved', past: true, lightsOffTime: '01:00' },
  { key: 'bruges-city-hall', city: 'bruges', name: 'Bruges City Hall', kind: 'town_hall', address: 'Burg 12, 8000 Bruges', lat: 51.2079, lng: 3.2260, description: 'One of the oldest city halls in the Low Countries.', status: 'approved', past: true, lightsOffTime: '00:00' },
  { key: 'ghent-city-hall', city: 'ghent', name: 'Ghent City Hall', kind: 'town_hall', address: 'Botermarkt 1, 9000 Ghent', lat: 51.0547, lng: 3.7253, description: 'Gothic and Renaissance façades side by side.', status: 'approved', past: true, lightsOffTime: '01:00' },
  { key: 'kortrijk-town-hall', city: 'kortrijk', name: 'Kortrijk Town Hall', kind: 'town_hall', address: 'Grote Markt 54, 8500 Kortrijk', lat: 50.8280, lng: 3.2650, description: 'The town hall on the Grote Markt.', status: 'approved', past: false, lightsOffTime: '00:00' },
  { key: 'tournai-belfry', city: 'tournai', name: 'Tournai Belfry', kind: 'tower', address: 'Vieux Marché aux Poteries, 7500 Tournai', lat: 50.6066, lng: 3.3877, description: 'The oldest belfry in Belgium, a UNESCO World Heritage site.', status: 'approved', past: true, lightsOffTime: '00:00' },
  { key: 'liege-palace', city: 'liege', name: 'Liège Prince-Bishops’ Palace', kind: 'monument', address: 'Place Saint-Lambert 18, 4000 Liège', lat: 50.6455, lng: 5.5734, description: 'The palace of the former prince-bishops, now the courts of justice.', status: 'approved', past: true, lightsOffTime: '01:00' },
  { key: 'leuven-town-hall', city: 'leuven', name: 'Leuven Town Hall', names: { fr: 'Hôtel de ville de Louvain', nl: 'Stadhuis van Leuven' }, kind: 'town_hall', address: 'Grote Markt 9, 3000 Leuven', lat: 50.8789, lng: 4.7011, description: 'The late-Gothic town hall with its 236 statues.', status: 'approved', past: true, lightsOffTime: '00:00' },
  { key: 'arlon-town-hall', city: 'arlon', name: 'Arlon Town Hall', kind: 'town_hall', address: 'Rue Paul Reuter 8, 6700 Arlon', lat: 49.6838, lng: 5.8165, description: 'The town hall of the capital of the Province of Luxembourg.', status: 'approved', past: false, lightsOffTime: '23:30' },
  { key: 'ypres-cloth-hall', city: 'ypres', name: 'Ypres Cloth Hall', kind: 'monument', address: 'Grote Markt 34, 8900 Ypres', lat: 50.8513, lng: 2.8857, description: 'The rebuilt medieval Cloth Hall, home of the In Flanders Fields Museum.', status: 'approved', past: true, lightsOffTime: '00:00' },
  { key: 'nivelles-collegiate', city: 'nivelles', name: 'Nivelles Collegiate Church', kind: 'church', address: 'Grand-Place, 1400 Nivelles', lat: 50.5978, lng: 4.3249, description: 'The Romanesque Collegiate Church of Saint Gertrude.', status: 'submitted', past: false, lightsOffTime: '23:00' },
];

export const PAST_YEAR = 2023;

export const PAST_THEME: LocalizedText = {
  en: 'Reach every victim of trafficking, leave no one behind',
  fr: 'Atteindre chaque victime de la traite, ne laisser personne de côté',
  nl: 'Elk slachtoffer van mensenhandel bereiken, niemand achterlaten',
  de: 'Jedes Opfer des Menschenhandels erreichen, niemanden zurücklassen',
};

export const CURRENT_THEME: LocalizedText = {
  en: 'Shine the light on human trafficking',
  fr: 'Mettre en lumière la traite des êtres humains',
  nl: 'Zet mensenhandel in de schijnwerpers',
  de: 'Menschenhandel ins Licht rücken',
};

export const DEMO_USERS = {
  organiser: { email: 'organiser@bluelights.example', name: 'Olivia Organiser', role: 'organiser' as const, cities: [] as string[] },
  brussels: { email: 'brussels@bluelights.example', name: 'Bram Brussels', role: 'coordinator' as const, cities: ['brussels'] },
  ghent: { email: 'ghent@bluelights.example', name: 'Griet Ghent', role: 'coordinator' as const, cities: ['ghent'] },
};

/** A partner organisation of the demo, and the person who acts for it (signs in like the others). */
export type DemoPartner = PartnerProfile & {
  key: string;
  member?: { email: string; name: string; locale: Locale };
};

export const DEMO_PARTNERS: DemoPartner[] = [
  {
    key: 'pag-asa',
    name: 'PAG-ASA',
    names: {},
    kind: 'ngo',
    website: 'https://www.pag-asa.be',
    description: 'A specialised centre that shelters and supports victims of human trafficking in Brussels.',
    descriptions: {
      fr: 'Centre spécialisé qui accueille et accompagne les victimes de la traite des êtres humains à Bruxelles.',
      nl: 'Gespecialiseerd centrum dat slachtoffers van mensenhandel in Brussel opvangt en begeleidt.',
      de: 'Ein spezialisiertes Zentrum in Brüssel, das Opfer von Menschenhandel aufnimmt und begleitet.',
    },
    member: { email: 'partner@bluelights.example', name: 'Pieter Partner', locale: 'nl' },
  },
  {
    key: 'blue-heart',
    name: 'Blue Heart Campaign (UNODC)',
    names: { fr: 'Campagne Cœur bleu (ONUDC)', nl: 'Blue Heart-campagne (UNODC)', de: 'Blue-Heart-Kampagne (UNODC)' },
    kind: 'institution',
    website: 'https://www.unodc.org/blueheart/',
    description: 'The United Nations Office on Drugs and Crime’s campaign against human trafficking.',
    descriptions: {
      fr: 'La campagne de l’Office des Nations unies contre la drogue et le crime contre la traite des êtres humains.',
      nl: 'De campagne van het Bureau van de Verenigde Naties voor drugs- en misdaadbestrijding tegen mensenhandel.',
      de: 'Die Kampagne des Büros der Vereinten Nationen für Drogen- und Verbrechensbekämpfung gegen Menschenhandel.',
    },
  },
];

/**
 * A demo event: its place, and its start and end as Brussels wall-clock
 * times on a day given as the month and day (the year is the campaign's).
 */
export type DemoEvent = {
  key: string;
  partner: string;
  city: string;
  kind: EventKind;
  title: string;
  titles: NamesByLocale;
  description: string;
  address: string;
  lat: number;
  lng: number;
  /** `MM-DD`, local. */
  day: string;
  start: string;
  end: string;
  accessibility?: string;
  /** Also in the current campaign, so that the demo's map shows the layer. */
  current: boolean;
};

const STAND_TITLES: NamesByLocale = { fr: 'Stand d’information de PAG-ASA', nl: 'Infostand van PAG-ASA', de: 'Infostand von PAG-ASA' };
const STAND_TEXT = 'Meet the people who help victims of trafficking, ask your questions and take the signs to look out for.';

export const DEMO_EVENTS: DemoEvent[] = [
  { key: 'stand-brussels', partner: 'pag-asa', city: 'brussels', kind: 'information_stand', title: 'PAG-ASA information stand', titles: STAND_TITLES, description: STAND_TEXT, address: 'Carrefour de l’Europe 2, 1000 Brussels (Central Station)', lat: 50.8455, lng: 4.3571, day: '07-30', start: '13:00', end: '18:00', accessibility: 'Step-free, in the station’s main hall.', current: true },
  { key: 'stand-leuven', partner: 'pag-asa', city: 'leuven', kind: 'information_stand', title: 'PAG-ASA information stand', titles: STAND_TITLES, description: STAND_TEXT, address: 'Ladeuzeplein, 3000 Leuven', lat: 50.8786, lng: 4.7073, day: '07-30', start: '14:00', end: '18:00', current: true },
  { key: 'stand-louvain-la-neuve', partner: 'pag-asa', city: 'louvain-la-neuve', kind: 'information_stand', title: 'PAG-ASA information stand', titles: STAND_TITLES, description: STAND_TEXT, address: 'Place de l’Université, 1348 Louvain-la-Neuve', lat: 50.6692, lng: 4.615, day: '07-30', start: '13:00', end: '17:00', current: true },
  {
    key: 'launch-liege',
    partner: 'blue-heart',
    city: 'liege',
    kind: 'launch',
    title: 'Launch of the Blue Heart Campaign in Belgium',
    titles: { fr: 'Lancement de la campagne Cœur bleu en Belgique', nl: 'Lancering van de Blue Heart-campagne in België', de: 'Start der Blue-Heart-Kampagne in Belgien' },
    description: 'The campaign’s launch, a week before the day, with the partners and the cities lighting up.',
    address: 'Place Saint-Lambert 18, 4000 Liège',
    lat: 50.6452,
    lng: 5.573,
    day: '07-24',
    start: '18:00',
    end: '20:00',
    current: false,
  },
];

/**
 * The three specialised centres for victims of trafficking recognised in
 * Belgium, by name and city only: the organisers fill in the rest; nothing is
 * guessed (a centre without a position is listed, not mapped).
 */
export const DEMO_HELP_CENTRES: { name: string; city: string }[] = [
  { name: 'PAG-ASA', city: 'brussels' },
  { name: 'Payoke', city: 'antwerp' },
  { name: 'Sürya', city: 'liege' },
];

/** The campaign year the demo treats as current: this calendar year. */
export function currentDemoYear(now = new Date()): number {
  return now.getUTCFullYear();
}

/** What the public map of the current demo campaign shows. */
export function demoPublicCounts() {
  const approved = DEMO_BUILDINGS.filter((b) => b.status === 'approved');
  return { buildings: approved.length, cities: new Set(approved.map((b) => b.city)).size, approved };
}
