// Owns two more head-noun lists of the protected-term grammar (protectedTerms.ts), read there only, never by the learned
// model's features. Both are nouns an eponym or a maker's name is written right before, and a person's name is not.
//
// Anatomical structures named after their describer, from the eponym column of Terminologia Anatomica (FIPAT, 2nd ed.
// 2019) and Stedman's eponym usage: "Montgomery tubercles", "Bartholin glands", "Skene ducts", "Haversian canals",
// "Cooper ligaments", "Meissner corpuscles", "Lieberkühn crypts". A possessive before them is a person's own body part
// ("Mary's glands"), so protectedTerms.ts reads them as extra heads, which a possessive owner ends.
export const ANATOMICAL_EPONYM_HEADS: ReadonlySet<string> = new Set(['tubercle', 'tubercles', 'gland', 'glands', 'duct', 'ducts',
  'canal', 'canals', 'ligament', 'ligaments', 'fascia', 'pouch', 'foramen', 'ampulla', 'corpuscle', 'corpuscles', 'crypts',
  'follicles', 'plexus', 'triangle', 'bursa', 'tendon']);

// Prosthetic and orthotic components named by their maker, from the component classes of ISO 8549-1/-2/-3 (prosthetics
// and orthotics vocabulary): "Otto Bock prosthesis", "Ossur liner", "Freedom Innovations foot" is no person's. A maker
// is often a founder's full name ("Otto Bock"), so a first name and a surname before these heads are still the maker.
export const PROSTHETIC_HEADS: ReadonlySet<string> = new Set(['prosthesis', 'prostheses', 'prosthetic', 'orthotic', 'orthotics',
  'orthoses', 'liner', 'liners', 'socket', 'sockets', 'pylon', 'pylons']);
