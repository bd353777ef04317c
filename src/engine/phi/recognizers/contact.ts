// Owns the contact recognizers: telephone and fax numbers (NANP and international, any punctuation,
// extensions), pager numbers after a cue, e-mail addresses, URLs and IP addresses (v4 and v6).
import { DEVICE_CLINIC_CONTEXT_RE, PRODUCT_DOMAIN_RE } from '../protectedTerms';
import type { PatternRecognizerDef } from './types';

/**
 * An extension in every spelling people write it: "x123", "x. 123", "ext. 12", "extension 4", "#85", "ext#4521",
 * and a slash-joined extension of 2–5 digits ("410-555-0142/6143").
 */
const EXTENSION = String.raw`(?:,?\s?(?:x\.?|ext\.?|ext:|ext\s?#|extension|#)\s?\d{1,6}|\/\d{2,5})?`;

const TRAILING_PUNCT_RE = /[.,;:)\]]+$/;
const MEASURE_BEFORE_RE = /\b(?:hr|svr|pvr|sbp|dbp|bp|map|rr|uo|cvp|pap|pas|ci|co|wbc|plt|glucose|bs|fsbs|fs|voiding|voided|output|urine|range|ranging|between|from|approx|about|ck|cpk|ldh|ast|alt|tv|vt|mv|peak|plat|weight|wt)\b[^A-Za-z\d]{0,3}$/i;
const REFERENCE_RANGE_BEFORE_RE = /(?:\d\s?[a-zµ%/]*|normal|ref(?:erence)?|range|nl)\s?[([]\s?$/i;
const LOCAL_UNIT_AFTER_RE = /^\s?(?:mg|mcg|ml|cc|cyu|l|g|kg|lbs?|units?|u|iu|meq|mmol|%|x|times|patients|cells|copies|cfu|steps|feet|ft|m|km|miles|cal|kcal|hrs?|hours|min|minutes|days|weeks|years)\b/i;
// Home and work abbreviations (hm, wk) and call verbs (called, phoned, left on machine) name the number after them.
// One-letter cues (w, h, c, x) count only glued to the number or with ":"/"#": "22 x 1786" is a dimension.
const PHONE_CUE_BEFORE_RE = /\b(?:pager|pgr|bpr|beeper|bleep|pg|page|cell|cellphone|mobile|phone|ph|tel|telephone|fax|home|work|office|beep|ext|extension|call|call-back|callback|contact|reach|reached|paged|hm|hme|wk|wrk|called|calling|phoned|machine|voicemail|vm)\.?(?:\s(?:at|on))?\s?(?:#|no\.?|number|num|:)?\s?#?\s?$|\b[whcx](?:\.?\s?[:#]\s?)?$|\b[tfpm]\.?\s?[:#]\s?$/i;

export const CONTACT_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'phone.nanp',
    type: 'PHONE',
    description: 'North American number with any punctuation or spaced dashes, optional +1/001/011 prefix and extension in any spelling: (410) 555-0142, 410 - 555 - 0142, 001-410-555-0142, 410/555-0142 x.123, (410) 555-0142 #85, 410-555-0142/6143',
    // Separators may be spaced ("410 - 555 - 0142"): OCR and hand-typed numbers put spaces around the dashes.
    // A Defense Switched Network number ("DSN 315-781-3944") carries its network prefix as part of the number, as "tel:" does.
    pattern: String.raw`(?<![0-9/.]|\d-)(?:\b(?:DSN|dsn)\s?:?\s)?(?:\+?1[\s.-]?|0?011?[\s.-])?\(?\d{3}\)?(?:\s?[.\/-]\s?|\s)?\d{3}(?:\s?[.-]\s?|\s{1,2})\d{4}${EXTENSION}(?![0-9]|[\-/.]\d)`,
  },
  {
    name: 'phone.ocr-spaced',
    type: 'PHONE',
    description: 'a NANP number as OCR reads a fax, one stray space inside a digit group: (2 12) 555-0142, 212 555-0 142, (212) 5 55-0142',
    // Ten digits in the 3-3-4 shape with a parenthesised area code or a dash before the line number; the stray
    // space must fall inside a group, so "212 555 0142" (plain spaces) stays with phone.nanp.
    pattern: String.raw`(?<![0-9/.\-])(?:\(\d(?: ?\d){2}\) ?|\d{3} )\d(?: ?\d){2}[-.] ?\d(?: ?\d){3}(?![0-9]|[\-/.]\d)`,
    validate: (v) => v.replace(/\D/g, '').length === 10 && !/^(?:\(\d{3}\) ?|\d{3} )\d{3}[-.] ?\d{4}$/.test(v),
  },
  {
    name: 'phone.parenthesised',
    type: 'PHONE',
    description: 'a whole number in parentheses: (410 555 01423)',
    pattern: String.raw`\(\d{3}[\s-]?\d{3}[\s-]\d{4,5}\)`,
    requires: '(',
  },
  {
    name: 'phone.international',
    type: 'PHONE',
    description: 'international number with a + country code, trunk prefix and groups of up to eight digits: +44 20 7946 0958, +49 30 12345678, +33 1 23 45 67 89, +91 98765 43210, +44 (0)1632 960961',
    // ITU-T E.123 groups vary by country: India writes 5+5, the UK 4+6 after a "(0)" trunk prefix, Germany an area code and up to 8 digits.
    pattern: String.raw`(?<![0-9A-Za-z+])\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,8}){1,4}${EXTENSION}(?![0-9])`,
    requires: '+',
    // E.164 caps a number at 15 digits; the extension is not counted.
    validate: (v) => {
      const n = v.replace(/(?:x|ext|extension|#).*$/i, '').replace(/\D/g, '').length;
      return n >= 8 && n <= 15;
    },
  },
  {
    name: 'phone.intl-exit-011',
    type: 'PHONE',
    description: 'international number with the 011 (North American) or 00 (ITU) exit code, any separator or glued to the country code: 011-52-33-1234-5678, 011 44 20 7946 0958, 00 44 20 7946 0958, 00353 57 789 9060',
    // 011 and 00 replace the "+" of E.123 when dialled from the NANP and from most other countries (ITU-T E.164 Annex);
    // the country code never starts with 0, and country code and subscriber number total 8–15 digits.
    pattern: String.raw`(?<![0-9A-Za-z+\-/.])(?:011|00)[\s.-]?[1-9]\d{0,2}(?:[\s.-]\d{1,5}){2,5}${EXTENSION}(?![0-9]|[\-/.]\d)`,
    validate: (v) => {
      const n = v.replace(/(?:x|ext|extension|#|\/).*$/i, '').replace(/^(?:011|00)/, '').replace(/\D/g, '').length;
      return n >= 8 && n <= 15;
    },
  },
  {
    name: 'phone.e164',
    type: 'PHONE',
    description: 'an E.164 number written without separators, bare or as an RFC 3966 tel: URI: +15408662755, tel:+15408662755, tel:+44-20-7946-0958',
    pattern: String.raw`(?:\btel:)?(?<![0-9A-Za-z+])\+\d(?:-?\d){7,14}(?![0-9])`,
    requires: '+',
  },
  {
    name: 'user.handle',
    type: 'NAME',
    description: 'a user name, login or handle after its cue or a message sender cue: message from galoyan_ashina, login: dwoerner00, username ivine.ostorford, handle @rubel_alexa',
    // A handle joins words with "_", "." or "-", or ends in digits; the cue says it names a person's account.
    pattern: String.raw`\b(?:user(?:[ \t]?name|[ \t]?id)?|login(?:[ \t]?id)?|log-in|handle|screen[ \t]?name|sender|account|(?:message|msg|reply|text|chat|e-?mail|post)[ \t](?:from|by))[ \t]?[:#]?[ \t]{0,2}(@?[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+|@?[A-Za-z]{3,}\d{1,4}|@[A-Za-z][A-Za-z0-9_.]{2,})(?![A-Za-z0-9@])`,
    group: 1,
    triggers: ['user', 'username', 'userid', 'login', 'log', 'handle', 'screen', 'screenname', 'sender', 'account', 'message', 'msg', 'reply', 'text', 'chat',
      'email', 'mail', 'post'],
    anchored: true,
    // Not an e-mail address's domain part ("message from x@y.com" is the e-mail recognizer's).
    validate: (v, c) => c.text.charAt(c.end) !== '@',
  },
  {
    name: 'phone.cued',
    type: 'PHONE',
    description: 'pager, extension or local number after a phone cue: pager # 60431, cell 5551234, phone 555-0142, ext 4521',
    // The cue is consumed and the number is the last group: a leading lookbehind would be tried at every offset.
    // The number comes first and the cue is checked behind it: a cue-first pattern would be tried at every "home" and "work".
    pattern: String.raw`(?<![0-9])(?:\d{4,7}(?:[\s-]\d{3,5}){0,2}|\d{3}[\s.-]\d{4}|\d-\d{4}|\d{10,11})\b`,
    validate: (_v, c) => PHONE_CUE_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 24), c.start)),
    // An internal extension glued to its "x" ("pgr x6-0030") is one token: the marker goes with the number, or the token
    // is left half-written.
    refine: (c) => (/(?:^|[\s(#:,;/])[xX]$/.test(c.text.slice(Math.max(0, c.start - 2), c.start)) ? { start: c.start - 1, end: c.end } : { start: c.start, end: c.end }),
  },
  {
    name: 'phone.alternative',
    type: 'PHONE',
    description: 'a second number joined by "or" to a cued phone number: can be reached at 555 0142 or 38521, call 617-555-0199 or x4412',
    // The cue stands before the first number: "reached at <number> or <pager>" names both. A count with its unit after the
    // second number ("2000 or 2500 mL") is an amount.
    pattern: String.raw`(?<![0-9])\d{3,4}[ \t]{1,2}(?:or|\/)[ \t]{1,2}(x?\d{4,7})(?![0-9]|[.\-\/]\d)`,
    group: 1,
    requires: ' ',
    validate: (_v, c) => {
      if (/^\s?(?:mg|mcg|ml|cc|units?|kcal|cal|g|kg|lbs?|%|steps|feet|ft|m\b|meters?|miles?)/i.test(c.text.slice(c.end, c.end + 8))) return false;
      const before = c.text.slice(Math.max(0, c.match.index - 40), c.match.index);
      return /\b(?:reach|reached|call|callback|call-back|phone|cell|pager|pgr|beeper|contact|tel|telephone|at)\b[^\n]{0,30}$/i.test(before) &&
        /\d[\s.\-)]{0,2}$/.test(before);
    },
  },
  {
    name: 'phone.local',
    type: 'PHONE',
    description: 'a seven-digit local number written 555-0142 (not a dose or volume range such as 250-1000 mL)',
    pattern: String.raw`(?<![0-9/.\-])\d{3}-\d{4}(?![0-9]|[\-/.]\d)`,
    requires: '-',
    validate: (v, c) => {
      if (LOCAL_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8))) return false;
      // A range of a measurement: "HR 100-1112", "SVR 954-1183", "voiding 575-1000".
      if (MEASURE_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 16), c.start))) return false;
      // A reference range after a lab value: "166 pmol/L (298-2350)".
      if (REFERENCE_RANGE_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 24), c.start))) return false;
      // Ranges are round numbers: "500-1000", "250-1500".
      return !(/0$/.test(v.slice(0, 3)) && /00$/.test(v));
    },
  },
  {
    name: 'email',
    type: 'EMAIL',
    description: 'e-mail address',
    // The lookbehind starts a try only at the beginning of a run: linear on long words.
    pattern: String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
    requires: '@',
  },
  {
    name: 'email.spelled-out',
    type: 'EMAIL',
    description: 'e-mail address spelled out to defeat harvesters or as dictated: jdoe at gmail dot com, j.doe [at] mail [dot] org',
    // A local part, "at", a domain label and at least one "dot" + top-level domain; the TLD list keeps "seen at home dot" prose out.
    pattern: String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\s(?:at|\[at\]|\(at\))\s[A-Za-z0-9-]+(?:\s(?:dot|\[dot\]|\(dot\))\s[A-Za-z0-9-]+)*\s(?:dot|\[dot\]|\(dot\))\s(?:com|net|org|edu|gov|mil|me|io|us|co|info|biz|ca|uk)\b`,
    triggers: ['dot'],
  },
  {
    name: 'url',
    type: 'URL',
    description: 'URL with a scheme or www: https://portal.example.org/pt/88412',
    pattern: String.raw`\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'\])]+`,
    triggers: ['http', 'https', 'ftp', 'www'],
    anchored: true,
    refine: (c) => ({ start: c.start, end: c.start + c.text.slice(c.start, c.end).replace(TRAILING_PUNCT_RE, '').length }),
  },
  {
    name: 'url.domain',
    type: 'URL',
    description: 'bare domain name with a common top-level domain: example.org/pt',
    pattern: String.raw`(?<![a-z0-9.\-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|us|info|biz)(?:\/[^\s<>"']*)?\b`,
    // Not "us": the pronoun would run this on most notes; a .us domain with a path still has "http" or "www".
    triggers: ['com', 'org', 'net', 'edu', 'gov', 'io', 'info', 'biz'],
    // A device's remote-monitoring service named by its domain in a device-clinic note is a product, not a person's URL.
    validate: (v, c) => !(PRODUCT_DOMAIN_RE.test(v) && DEVICE_CLINIC_CONTEXT_RE.test(c.text.slice(0, c.start))),
    refine: (c) => ({ start: c.start, end: c.start + c.text.slice(c.start, c.end).replace(TRAILING_PUNCT_RE, '').length }),
  },
  {
    name: 'url.domain.health-tld',
    type: 'URL',
    description: 'bare domain under a health or country-code top-level domain: salix.clinic/appt?id=1, ashgrove.health, trust.nhs.uk, clinica.com.mx',
    // ICANN health gTLDs (.clinic .health .care .hospital .doctor .dental .healthcare) and the country codes of
    // referral letters from abroad; only with a dot before them, so "care" and "in" as words never match.
    pattern: String.raw`(?<![a-z0-9.\-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:clinic|health|care|hospital|doctor|dental|healthcare|uk|ca|mx|in|au|br)(?:\/[^\s<>"']*)?(?![a-z0-9])`,
    flags: 'gi',
    triggers: ['clinic', 'health', 'care', 'hospital', 'doctor', 'dental', 'healthcare', 'uk', 'ca', 'mx', 'in', 'au', 'br'],
    validate: (v) => /[a-z]{3,}\.[a-z]{2,}/i.test(v) && !/^(?:e\.g|i\.e|a\.m|p\.m)\b/i.test(v),
    refine: (c) => ({ start: c.start, end: c.start + c.text.slice(c.start, c.end).replace(TRAILING_PUNCT_RE, '').length }),
  },
  {
    name: 'url.domain.us',
    type: 'URL',
    description: 'bare .us domain with a path: clinic.us/telehealth/abc (the pronoun "us" is no trigger, so the ".us/" is looked for)',
    pattern: String.raw`(?<![a-z0-9.\-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.us\/[^\s<>"']*`,
    requires: '.us/',
    refine: (c) => ({ start: c.start, end: c.start + c.text.slice(c.start, c.end).replace(TRAILING_PUNCT_RE, '').length }),
  },
  {
    name: 'ip.v4',
    type: 'IP',
    description: 'IPv4 address, with its TCP/UDP port after a colon when written (RFC 3986 host:port): 10.42.7.19, 10.42.7.19:8443; ' +
      'not a member of a slash series of values ("80/48/7.45.34.7", a blood gas written without its slashes)',
    pattern: String.raw`(?<![0-9.])(?<!\d\/)(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?::(?:6553[0-5]|655[0-2]\d|65[0-4]\d\d|6[0-4]\d{3}|[1-5]\d{4}|[1-9]\d{0,3})(?![0-9:]))?(?![0-9]|\.\d)`,
  },
  {
    name: 'device.mac-address',
    type: 'DEVICE',
    description: 'IEEE 802 MAC address, six hex pairs joined by colons or hyphens (EUI-48): 41:FD:E3:22:C3:15, a0-b7-ca-0c-b7-5a',
    // One separator throughout; a clock time has three groups at most, so six pairs are never a time.
    pattern: String.raw`(?<![0-9A-Za-z:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Za-z]|[:\-][0-9A-Za-z])`,
    // A MAC address has a hex letter in it or is read as one; six groups of two decimal digits could be a date-time, so one letter is required.
    validate: (v) => /[A-Fa-f]/.test(v),
  },
  {
    name: 'ip.v6',
    type: 'IP',
    description: 'IPv6 address, eight groups: 2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    pattern: String.raw`\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b`,
    triggers: ['#colons'],
    anchored: true,
  },
  {
    name: 'ip.v6.compressed',
    type: 'IP',
    description: 'IPv6 address with "::": 2001:db8::8a2e:370:7334, fe80::1',
    pattern: String.raw`(?<![0-9A-Za-z:])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?![0-9A-Za-z:])`,
    triggers: ['#dcolon'],
    // A compressed address needs hex groups on some side of "::" and at most eight groups in all.
    validate: (v) => /[0-9a-f]/i.test(v) && v.split(/:+/).filter(Boolean).length <= 7,
  },
];
