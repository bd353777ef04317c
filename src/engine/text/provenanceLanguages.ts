// Owns the coding, billing, record and request vocabulary of the languages a request is pasted into an English note
// in (Spanish, French, German, Portuguese, Italian, Polish, Dutch, Tagalog, Vietnamese): the words that name the
// claim's machinery or ask for something, so the statement tests read a request by what it is addressed to in any of
// them. Provenance: written for this project from general bilingual knowledge of everyday administrative and
// health-insurance usage (no corpus, no copied list); each word is common dictionary vocabulary, not a phrase of any
// note. Words with a clinical sense in English or in their own language ("lista", "registro", "karta", "status",
// "seguro" as "safe") are left out of the unambiguous lists or kept only where a request word must accompany them.

/** Words of one language by what they name. Lower case; Vietnamese and Tagalog entries may be two-word phrases. */
export interface LanguageVocabulary {
  /** Codes and coding: "codificar", "Kodierung", "kod". */
  coding: readonly string[];
  /** The claim, billing, payment and the payer: "factura", "Abrechnung", "rozliczenie", "thanh toán". */
  billing: readonly string[];
  /** The record as an object to write on: "expediente", "dossier", "hồ sơ". */
  record: readonly string[];
  /** Asking words and verbs of adding: "por favor", "bitte", "proszę", "graag", "vui lòng", "paki-". */
  request: readonly string[];
}

export const LANGUAGE_VOCABULARY: Readonly<Record<string, LanguageVocabulary>> = {
  es: {
    coding: ['codificar', 'codifique', 'codifiquen', 'codificación', 'código', 'códigos', 'cie-10', 'cie10'],
    billing: ['factura', 'facturar', 'facture', 'facturación', 'cobro', 'cobrar', 'aseguradora', 'reembolso', 'reclamación', 'reclamo', 'autorización', 'pagador'],
    record: ['expediente', 'historial', 'resumen de diagnósticos', 'lista de diagnósticos', 'lista de problemas'],
    request: ['por favor', 'favor de', 'agregue', 'agreguen', 'agregar', 'añada', 'añadir', 'incluya', 'incluir', 'anote', 'registre', 'sería útil', 'sería bueno', 'se ruega', 'necesita ver'],
  },
  fr: {
    coding: ['coder', 'codez', 'codage', 'codifier', 'cim-10', 'cim10'],
    billing: ['facture', 'facturer', 'facturez', 'facturation', 'remboursement', 'rembourser', 'assureur', 'mutuelle', 'cotation', 'coter'],
    record: ['dossier', 'liste des diagnostics', 'compte rendu'],
    request: ['merci de', "merci d'", 'veuillez', "s'il vous plaît", 'ajouter', 'ajoutez', 'rajouter', 'indiquer', 'indiquez', 'mentionner', 'pourriez-vous', 'il faudrait'],
  },
  de: {
    coding: ['kodieren', 'kodierung', 'kodiert', 'kodierer', 'verschlüsseln', 'diagnoseschlüssel', 'icd-kode'],
    billing: ['abrechnung', 'abrechnen', 'abgerechnet', 'krankenkasse', 'kostenträger', 'versicherung', 'erstattung', 'rechnung', 'vergütung'],
    record: ['akte', 'diagnoseliste', 'dokumentation', 'arztbrief'],
    request: ['bitte', 'ergänzen', 'hinzufügen', 'aufnehmen', 'nachtragen', 'übernehmen', 'eintragen', 'wäre hilfreich'],
  },
  pt: {
    coding: ['codificar', 'codificação', 'código', 'códigos', 'cid-10', 'cid10'],
    billing: ['faturamento', 'faturar', 'fatura', 'convênio', 'seguradora', 'reembolso', 'cobrança', 'operadora', 'glosa'],
    record: ['prontuário', 'registo', 'processo clínico', 'lista de diagnósticos', 'lista de problemas'],
    request: ['por favor', 'favor', 'incluir', 'inclua', 'acrescente', 'acrescentar', 'adicione', 'adicionar', 'registre', 'registe', 'solicito', 'solicita-se', 'seria útil'],
  },
  it: {
    coding: ['codifica', 'codificare', 'codificato', 'codice', 'codici', 'codificazione'],
    billing: ['fatturazione', 'fatturare', 'fattura', 'fatture', 'amministrativa', 'amministrativo', 'amministrativi', 'amministrative', 'rimborso', 'assicurazione', 'pagatore', 'tariffazione', 'drg'],
    record: ['cartella', 'cartella clinica', 'documentazione', 'elenco delle diagnosi', 'lista delle diagnosi', 'sdo'],
    request: ['per favore', 'si prega', 'prego', 'aggiungere', 'aggiunga', 'aggiungi', 'inserire', 'inserisca', 'includere', 'includa', 'sarebbe utile'],
  },
  pl: {
    coding: ['kod', 'kodu', 'kody', 'kodów', 'kodowanie', 'zakodować', 'zakodowanie', 'zakoduj'],
    billing: ['rozliczenie', 'rozliczenia', 'rozliczeniu', 'rozliczyć', 'faktura', 'faktury', 'fakturze', 'fakturę', 'fakturach', 'rozliczeń', 'rozliczeniowa', 'rozliczeniowy', 'rozliczeniowe', 'rozliczeniowej', 'nfz', 'ubezpieczyciel', 'ubezpieczyciela', 'refundacja', 'refundacji', 'płatnik', 'płatnika'],
    record: ['dokumentacja', 'dokumentacji', 'historia choroby', 'lista rozpoznań'],
    request: ['proszę', 'prosimy', 'uprzejmie', 'dopisać', 'dopisz', 'dodać', 'dodaj', 'uwzględnić', 'wpisać', 'wpisz'],
  },
  nl: {
    coding: ['coderen', 'codeer', 'codering', 'gecodeerd'],
    billing: ['declaratie', 'declareren', 'gedeclareerd', 'factuur', 'facturatie', 'verzekeraar', 'zorgverzekeraar', 'vergoeding', 'dbc'],
    record: ['dossier', 'documentatie', 'probleemlijst', 'diagnoselijst'],
    request: ['graag', 'gelieve', 'alstublieft', 'toevoegen', 'voeg', 'opnemen', 'vermelden', 'zou fijn zijn'],
  },
  tl: {
    coding: ['i-code', 'icode', 'kodigo'],
    billing: ['singil', 'bayarin', 'philhealth', 'seguro', 'billing'],
    record: ['talaan', 'rekord', 'listahan'],
    // "paki-" opens a polite request verb ("pakidagdag", "pakilagay", "pakisama"): matched as a prefix.
    request: ['paki', 'idagdag', 'ilagay', 'isama', 'isulat', 'dagdagan'],
  },
  vi: {
    coding: ['mã', 'mã bệnh', 'mã icd', 'mã hóa'],
    billing: ['thanh toán', 'bảo hiểm', 'hóa đơn', 'viện phí', 'bhyt'],
    record: ['hồ sơ', 'bệnh án', 'danh sách chẩn đoán'],
    request: ['vui lòng', 'xin', 'thêm', 'bổ sung', 'ghi thêm', 'đề nghị'],
  },
};

/** Languages whose words are read (English is the notes' own). */
export const REQUEST_LANGUAGES: readonly string[] = Object.keys(LANGUAGE_VOCABULARY);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern matching any entry of the lists, as a whole word (Unicode letters), longest entries first. */
export function vocabularyPattern(pick: (v: LanguageVocabulary) => readonly string[], flags = 'iu', languages = REQUEST_LANGUAGES): RegExp {
  const words = [...new Set(languages.flatMap((l) => pick(LANGUAGE_VOCABULARY[l])))].sort((a, b) => b.length - a.length);
  const prefixes = words.filter((w) => w === 'paki').map(() => String.raw`paki(?=\p{L}{3})`);
  const whole = words.filter((w) => w !== 'paki').map(escape);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...prefixes, String.raw`(?:${whole.join('|')})(?![\p{L}\p{N}])`].join('|')})`, flags);
}

/**
 * Billing and coding words of the other languages, for the named test of an English note: a sentence holding one
 * of them with a request word or a code is a request about the claim, however its grammar runs. "Seguro" (also
 * "sure"/"safe") and "billing" (English) are read by the learned model only.
 */
export const FOREIGN_PAYMENT_WORD = vocabularyPattern((v) => [...v.coding, ...v.billing].filter((w) => !['seguro', 'billing', 'kod', 'mã', 'drg', 'codice'].includes(w)));
/** Record words of the other languages (the chart or record as something to write on). */
export const FOREIGN_RECORD_WORD = vocabularyPattern((v) => v.record.filter((w) => !['dossier', 'documentation'].includes(w)));
/** Asking and adding words of the other languages. */
export const FOREIGN_REQUEST_WORD = vocabularyPattern((v) => v.request.filter((w) => !['favor', 'xin', 'thêm', 'prego'].includes(w)));
