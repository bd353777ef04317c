// Owns the word-formation test for clinical coinages: a word built from a Greek or Latin stem and a medical suffix
// (odynophagia, tendinitis, myalgia, hyperkalemia, fibrosis, cholecystectomy, neuropathy) is vocabulary even when
// no list holds it, so a capitalised one opening a sentence or a problem line is not a person or a place.
// The stem must be at least four letters so a short place or family name ending like one ("Bohemia") is no coinage.
const MEDICAL_SUFFIX_RE =
  /^[a-z]{4,}(?:phagia|phasia|itis|itides|algia|algias|emia|aemia|osis|oses|ectomy|ectomies|otomy|ostomy|pathy|pathies|plasty|plegia|paresis|uria|penia|megaly|trophy|rrhea|rrhoea|rrhagia|rrhage|scopy|graphy|lysis|cytosis|ectasis|ectasia|malacia|sclerosis|stenosis|spasm|dynia|esthesia|kinesia|pnea|pnoea|glycemia|lipidemia|thermia|centesis|desis|pexy|tripsy)$/;

export function isMedicalCoinage(lower: string): boolean {
  return MEDICAL_SUFFIX_RE.test(lower);
}
