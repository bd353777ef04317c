// Owns the vocabulary of the stress7 corpus: given names and surnames that are also English words, invented
// names in no list, towns named by common words, and the stems of schools, churches, employers, care homes,
// camps and shelters. Written for this corpus only (never drawn from the held-out folders' pools), each list
// split by position into a tuning half and a scoring half (`halfOf`) so the score half names nothing a rule saw.
import type { Rng } from '../prng';

/** Given names that are also English words (jewels, plants, weather, virtues, everyday nouns). */
export const WORD_GIVEN = [
  'Amber', 'Clay', 'Holly', 'Ivy', 'Jade', 'Pearl', 'Ruby', 'Sage', 'Summer', 'Violet', 'Heath', 'Glen', 'Wade', 'Miles',
  'Chase', 'Cash', 'Fern', 'Hazel', 'Iris', 'Lily', 'Poppy', 'Clover', 'Willow', 'Aspen', 'Birch', 'Cliff', 'Dusty',
  'Rocky', 'Sunny', 'Misty', 'Destiny', 'Patience', 'Prudence', 'Charity', 'Constance', 'Verity', 'Serenity', 'Trust',
  'Liberty', 'Precious', 'Unique', 'Royal', 'Baron', 'Bishop', 'Cannon', 'Archer', 'Gunner', 'Ranger', 'Scout', 'Ace',
  'Bob', 'Jack', 'Tom', 'Nick', 'Art', 'Don', 'Guy', 'Max', 'Hope', 'Joy', 'Will', 'Rose',
];

/** Surnames that are also English words. */
export const WORD_SURNAME = [
  'Baker', 'Mason', 'Fisher', 'Shepherd', 'Weaver', 'Gardner', 'Marsh', 'Brown', 'Green', 'Short', 'Long', 'Small',
  'Moody', 'Page', 'Lane', 'King', 'Sharp', 'Rice', 'Bean', 'Lamb', 'Fox', 'Wolf', 'Crane', 'Swan', 'Parrot', 'Stern',
  'Mills', 'Banks', 'Rivers', 'Lake', 'Pond', 'Wood', 'Forest', 'Field', 'Meadows', 'Brook', 'Cross', 'Chapel', 'Coffin',
  'Graves', 'Bone', 'Blood', 'Heart', 'Hand', 'Foot', 'Pepper', 'Salt', 'Sugar', 'Honey', 'Bacon', 'Oates', 'Wheat',
  'Barley', 'Noble', 'Dean', 'Sterling', 'Penny', 'Nickel', 'Gold', 'Irons',
];

const ONSETS = ['Ko', 'Mwa', 'Tse', 'Ilo', 'Dzu', 'Ae', 'Qua', 'Vro', 'Sib', 'Nye', 'Hei', 'Ruo', 'Pta', 'Zhe', 'Oku', 'Lyu', 'Gba',
  'Edo', 'Uwa', 'Kri', 'Yma', 'Bre', 'Tjo', 'Ahm', 'Fio', 'Sve'];
const MID = ['wa', 'len', 'ko', 'ri', 'ta', 'mbe', 'sa', 'vo', 'zi', 'na', 'go', 'de'];
const SURNAME_ENDS = ['czyk', 'enko', 'ogwu', 'ström', 'escu', 'adze', 'ulin', 'ayev', 'ienė', 'oglu', 'assi', 'ewicz',
  'anto', 'imbe', 'ørn', 'uhl', 'akis', 'ama'];
const GIVEN_ENDS = ['na', 'mi', 'do', 'isz', 'ela', 'ko', 'ren', 'ya', 'ul', 'eta', 'ine', 'ro'];

export function inventedSurname(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(MID) + rng.pick(SURNAME_ENDS);
}

export function inventedGiven(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(GIVEN_ENDS);
}

/** Towns whose names are common English words (real US place names), with their state. */
export const WORD_TOWNS: readonly (readonly [string, string])[] = [
  ['Friendship', 'WI'], ['Harmony', 'MN'], ['Unity', 'ME'], ['Commerce', 'TX'], ['Industry', 'PA'], ['Paradise', 'CA'],
  ['Eureka', 'KS'], ['Normal', 'IL'], ['Reform', 'AL'], ['Energy', 'IL'], ['Protection', 'KS'], ['Welcome', 'MN'],
  ['Liberty', 'MO'], ['Plain', 'WI'], ['Hope', 'AR'], ['Mercy', 'TX'], ['Buffalo', 'WY'], ['Chance', 'MD'],
  ['Comfort', 'TX'], ['Bonanza', 'OR'], ['Triumph', 'IL'], ['Opportunity', 'WA'], ['Climax', 'MI'], ['Nothing', 'AZ'],
  ['Rough and Ready', 'CA'], ['Independence', 'KS'], ['Success', 'MO'], ['Defiance', 'OH'], ['Pleasant View', 'TN'],
  ['Mustang', 'OK'], ['Beaver', 'UT'], ['Cement', 'OK'], ['Marble', 'CO'], ['Gypsum', 'CO'], ['Oil City', 'PA'],
  ['Frostproof', 'FL'], ['Peculiar', 'MO'], ['Pride', 'LA'], ['Loyal', 'WI'], ['Jolly', 'TX'],
];

export const SCHOOL_STEMS = ['Lincoln', 'Cedar Ridge', 'Maple Grove', 'Washington', 'Prairie View', 'Riverbend', 'Eastside', 'Pine Hollow',
  'Hillcrest', 'Franklin', 'Sunset Valley', 'Oak Park', 'Lakeview', 'Meadowbrook', 'Jefferson', 'Stonegate'];
export const SCHOOL_KINDS = ['Elementary', 'Middle School', 'High School', 'Academy', 'Intermediate', 'Elementary School', 'Primary'];
export const CHURCH_FORMS = ['First Baptist Church', 'Grace Lutheran', 'New Hope Fellowship', 'St. Bridget Parish', 'Mount Zion AME',
  'Calvary Chapel', 'Bethel Assembly', 'Trinity Methodist', 'Holy Cross Church', 'Living Water Church'];
export const EMPLOYERS = ['Hendricks Tool & Die', 'Prairie Poultry', 'Tri-County Cold Storage', 'Marlow Feed Mill', 'Redline Logistics',
  'Bluewater Cannery', 'Kessler Roofing', 'Northgate Warehouse', 'Sunbelt Plastics', 'Copperfield Mining Co.', 'Ostrander Dairy',
  'Valley Auto Glass'];
export const PHARMACY_CHAINS = ['Walgreens', 'CVS', 'Rite Aid', 'Kroger Pharmacy', 'Walmart Pharmacy', 'Publix', 'Safeway', 'H-E-B',
  'Costco Pharmacy', 'Meijer'];
export const CARE_HOMES = ['Willow Creek Manor', 'Golden Acres', 'Sunrise Terrace', 'Heritage Pointe', 'Evergreen Gardens',
  'The Pines at Ashford', 'Brookside Commons', 'Magnolia House', 'Autumn Leaves Memory Care', 'Shady Rest Home'];
export const CAMPS_SHELTERS = ['Camp Wapiti', 'Camp Sunrise', 'Camp Kinnikinnick', 'Harbor Light Shelter', 'Safe Haven House',
  'Hope Street Mission', 'Lighthouse Family Shelter', 'Camp Good Days'];

/** Product, device and test names shaped like a person, a place or a word, which must stay. */
export const PROTECTED_TERMS: readonly (readonly [string, string, string])[] = [
  ['Transferred with ', 'Sara Stedy', '.'], ['', 'Hoyer lift', ' for transfers.'], ['', 'Foley', ' to gravity.'],
  ['Continues ', 'Eliquis', ' 5 mg BID.'], ['', 'Apgar score', ' 8 and 9.'], ['', 'Babinski sign', ' absent.'],
  ['', 'Romberg test', ' negative.'], ['', 'Epley maneuver', ' performed.'], ['', 'Tanner stage', ' 3.'],
  ['', 'Glasgow Coma Scale', ' 14.'], ['', 'Allen test', ' normal.'], ['', 'Valsalva maneuver', ' ineffective.'],
  ['Up to ', 'Geri chair', ' for comfort.'], ['', 'Duke criteria', ' not met.'], ['', 'Barthel index', ' 60.'],
  ['', 'McMurray test', ' positive.'],
];

/** The half of a list this corpus draws from: 0 tunes, 1 scores. */
export function halfOf<T>(items: readonly T[], half: 0 | 1): readonly T[] {
  return items.filter((_, i) => i % 2 === half);
}
