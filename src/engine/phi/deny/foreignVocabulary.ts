// Owns the basic vocabulary of Spanish, German and French (function words, everyday verbs and the billing and
// visit words a request to a coder uses) and the test for a line written in one of them, so a request in another
// language is read as words, not as a run of unknown capitals. Written by the project from each language's basic
// grammar (articles, pronouns, prepositions, conjunctions, auxiliaries) — no external list. Words that are also
// common surnames or given names (cruz, paz, rosa, luna, santos, flores, klein, braun, petit, blanc, martin) are
// left out on purpose: a name must never become vocabulary.
import type { Word } from '../tokens';

const ES = `a al algo ante aquí así bien cada como con contra cual cuando de del desde donde durante el ella ellos en
entre es esa ese eso esta este esto estos estas está están fue fueron ha han hay hoy la las le les lo los más me mi muy
nada ni no nos nuestro o otra otro para pero por porque pueda puede pueden que qué se según ser si sí sin sobre son su
sus también tiene tienen todo todos tu un una uno unos usted y ya favor gracias agregue agregar añadir incluir incluya
facturar factura facturación código códigos diagnóstico visita consulta paciente médico hoja cita revisar
reclamación seguro pago cobro hija hijo esposa esposo madre padre hermana hermano vino viene llegó`;
const DE = `aber alle als am an auch auf aus bei bis bitte dann das dass dem den denn der des die dies diese diesem diesen
dieser doch du durch ein eine einem einen einer es für hat haben heute ich ihr im in ist ja kein keine mit nach nicht
noch nur oder ohne sich sie sind so über um und uns unter vom von vor war wenn werden wie wir wird zu zum zur
zusätzlich zusätzliche kodieren kodierung abrechnung abrechnen mitkodieren diagnose rechnung befund besuch heutigen
bitten danke hinzufügen ergänzen eintragen patient patientin kam kommt ihrer ihrem seiner seinem tochter sohn
mutter vater ehefrau ehemann`;
const FR = `à au aux avec ce ces cet cette dans des du elle en est et être il ils je la le les leur mais ne nous ou où par
pas pour qu que qui sa se ses son sur un une vous votre merci ajouter ajoutez veuillez svp plaît facturation facture
dossier diagnostic visite aujourd'hui coder codage également aussi fille fils mère père femme mari patiente venu venue vient`;

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'le', 'les', 'du', 'des', 'van', 'von', 'der', 'den', 'di', 'da', 'y', 'e']);

/**
 * Words of these lists that are also English words, abbreviations or state codes ("son", "die", "in", "no", "me",
 * "est", "et", "il", "al", "nos", "patient", "coder"): vocabulary inside a foreign line, but no evidence that a line is foreign.
 */
const ENGLISH_HOMOGRAPHS: ReadonlySet<string> = new Set(`a al am an die ha hay in me mi no nos so son sin um est et par pas
pour se il ne ce patient diagnostic diagnose dossier coder favor also`.split(/\s+/));

export const FOREIGN_BASIC_WORDS: ReadonlySet<string> = new Set(`${ES} ${DE} ${FR}`.split(/\s+/).filter(Boolean));

/** The word with a French elided article or pronoun removed ("d'ajouter" → "ajouter"). */
function unelided(lower: string): string {
  return lower.replace(/^(?:[dljmnst]|qu)['’]/, '');
}

export function isForeignBasicWord(lower: string): boolean {
  if (FOREIGN_BASIC_WORDS.has(lower)) return true;
  // Only an apostrophe second or third can be an elision ("d'", "qu'"): other words need no rewriting.
  const c1 = lower.charCodeAt(1), c2 = lower.charCodeAt(2);
  if (c1 !== 39 && c1 !== 0x2019 && c2 !== 39 && c2 !== 0x2019) return false;
  return FOREIGN_BASIC_WORDS.has(unelided(lower));
}

/**
 * A line is written in another language when at least three distinct words of two letters or more, and half of its alphabetic words, are that
 * vocabulary and not name particles alone (a particle is shared with English names: "de la Cruz"). Neutral words
 * (the clinical terms a request quotes in English: "diabetes mellitus") count for neither side.
 */
export function foreignLines(text: string, words: readonly Word[], neutral: (w: Word) => boolean = () => false): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < words.length) {
    const lineStart = text.lastIndexOf('\n', words[i].start - 1) + 1;
    let lineEnd = text.indexOf('\n', words[i].start);
    if (lineEnd < 0) lineEnd = text.length;
    const first = i;
    let foreign = 0;
    let strong: Set<string> | undefined;
    for (; i < words.length && words[i].start < lineEnd; i++) {
      const w = words[i];
      // A single letter is an initial as often as a word ("A.A.", "Major O"): it is no evidence of a language.
      if (!w.alpha || w.lower.length < 2 || !isForeignBasicWord(w.lower)) continue;
      foreign++;
      if (!PARTICLES.has(w.lower) && !ENGLISH_HOMOGRAPHS.has(w.lower)) (strong ??= new Set<string>()).add(w.lower);
    }
    // Vocabulary words are never neutral, so the (costlier) neutral test is only needed on a line that can qualify.
    if (strong === undefined || strong.size < 3) continue;
    let alpha = 0;
    for (let k = first; k < i; k++) if (words[k].alpha && !(neutral(words[k]) && !isForeignBasicWord(words[k].lower))) alpha++;
    if (foreign * 2 >= alpha) out.push({ start: lineStart, end: lineEnd });
  }
  return out;
}
