// Owns the military-unit and ship recognizers: numbered units by their military head noun ("2nd Bn, 75th Ranger Rgt",
// "1st Marine Division", "3rd Medical Group"), lettered and phonetic companies ("Co. B", "Bravo Company", "A Btry") and
// commissioned ships ("USS Harlan County (LST-1196)", "HMCS Moncton"). Safe Harbor: a unit or a ship a patient serves in
// places the patient as precisely as a town (a few hundred people), so it is a geographic identifier.
import type { PatternRecognizerDef } from './types';

/** An ordinal as units are numbered: "1st", "75th", "101st". */
const ORDINAL = String.raw`\d{1,3}(?:st|nd|rd|th)`;
/** Head nouns that close a military unit's name, full and abbreviated (Army, Marine Corps, Air Force, Navy usage). */
const UNIT_HEAD = String.raw`(?:Bn|BN|Battalion|Rgt|Regt|RGT|Regiment|Bde|BDE|Brigade|Sqn|Sqdn|SQN|Squadron|Div|DIV|Division|Co|CO|Company|Plt|PLT|Platoon|` +
  String.raw`Wing|Fleet|Grp|Group|Corps|Btry|Battery|Troop|Det|Detachment|MEU|MEF|MLG|BCT|ABCT|IBCT|SBCT|CAB|SFG(?:\(A\))?|Cavalry|Cav|Infantry|Inf|` +
  String.raw`Marines|Airborne|Abn|Armou?red|Rangers?|Engineers?|Artillery|Field\sArtillery|Special\sForces\sGroup)`;
/** Capitalised words that may stand between the number and the head: "75th Ranger Rgt", "3rd Medical Bn", "10th Mountain Division". */
const UNIT_WORDS = String.raw`(?:[ \t](?:[A-Z][A-Za-z'-]{1,20}|[A-Z]{2,5})){0,3}`;
/** The NATO phonetic alphabet, which names companies, batteries and troops. */
const PHONETIC = 'Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Juliett|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Yankee|Zulu';

export const MILITARY_UNIT_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'location.military-unit',
    type: 'LOCATION',
    description: 'a numbered military unit closed by its head noun: 2nd Bn, 75th Ranger Rgt; 1st Marine Division; 3rd Medical Group; 101st Airborne',
    // Case-sensitive: the head is written capitalised or in capitals; "2nd group of nodes" is not a unit.
    pattern: String.raw`\b${ORDINAL}${UNIT_WORDS}[ \t]${UNIT_HEAD}\b\.?`,
    flags: 'g',
    triggers: ['#ordinal'],
    refine: (c) => {
      const s = c.text.slice(c.start, c.end).replace(/\.$/, '');
      return { start: c.start, end: c.start + s.length };
    },
  },
  {
    name: 'location.military-company',
    type: 'LOCATION',
    description: 'a lettered or phonetic company, battery, troop or platoon: Co. B, Company C, A Btry, Bravo Company, Charlie Troop',
    pattern: String.raw`\b(?:(?:Co\.?|Company|Btry|Battery|Troop|Plt|Platoon)[ \t][A-Z](?![A-Za-z0-9.'-])|[A-Z][ \t](?:Co|Btry|Troop)\b|(?:${PHONETIC})[ \t](?:Co\b\.?|Company|Btry|Battery|Troop|Platoon)\b)`,
    flags: 'g',
    triggers: ['co', 'company', 'btry', 'battery', 'troop', 'plt', 'platoon'],
    validate: (v, c) => {
      // "Troop A" in capitals-only text is still a unit, but a single letter after "Company" must not start a sentence
      // ("... Company. A 45-year-old"): the letter stands alone or is followed by punctuation or a unit word.
      const after = c.text.slice(c.end, c.end + 2);
      return !/^\.\s?[A-Z]/.test(after) || /(?:Co|Btry|Troop|Company|Battery|Platoon)$/.test(v);
    },
    refine: (c) => {
      const s = c.text.slice(c.start, c.end).replace(/\.$/, '');
      return { start: c.start, end: c.start + s.length };
    },
  },
  {
    name: 'location.ship',
    type: 'LOCATION',
    description: 'a commissioned ship by its prefix, with its hull number: USS Harlan County (LST-1196), USNS Mercy, HMCS Moncton, USCGC Healy',
    pattern: String.raw`\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS)[ \t](?:[A-Z][A-Za-z'-]+|[A-Z]\.)(?:[ \t](?:[A-Z][A-Za-z'-]+|[A-Z]\.)){0,3}(?:[ \t]?\([A-Z]{2,5}-?\d{1,4}\))?`,
    flags: 'g',
    triggers: ['uss', 'usns', 'uscgc', 'hms', 'hmcs', 'hmas', 'hmnzs'],
  },
];
