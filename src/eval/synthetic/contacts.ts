// Owns telephone and fax numbers (parentheses, dots, spaces, slashes, +1, extensions, pagers),
// e-mail addresses, URLs and IPv4/IPv6 addresses as notes and letterheads write them.
import type { Rng } from './prng';
import { inventedSurname } from './namePools';
import type { Person } from './names';
import { phi, type Frag } from './segments';

function areaCode(rng: Rng): string {
  return `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`;
}
function exchange(rng: Rng): string {
  return `${rng.int(2, 9)}${rng.digits(2)}`;
}

export function phone(rng: Rng): Frag {
  const a = areaCode(rng), e = exchange(rng), l = rng.digits(4);
  const ext = () => rng.pick([` x${rng.digits(rng.int(2, 4))}`, ` ext. ${rng.digits(rng.int(2, 4))}`, ` ext ${rng.digits(4)}`, ` Ext. ${rng.digits(3)}`, `x${rng.digits(3)}`, `, ext ${rng.digits(2)}`]);
  return rng.weighted<() => Frag>([
    [3, () => phi(`(${a}) ${e}-${l}`, 'PHONE', 'phone.parens')],
    [1, () => phi(`(${a})${e}-${l}`, 'PHONE', 'phone.parens')],
    [3, () => phi(`${a}-${e}-${l}`, 'PHONE', 'phone.dashes')],
    [2, () => phi(`${a}.${e}.${l}`, 'PHONE', 'phone.dots')],
    [2, () => phi(`${a} ${e} ${l}`, 'PHONE', 'phone.spaces')],
    [2, () => phi(`${a}/${e}-${l}`, 'PHONE', 'phone.slash')],
    [2, () => phi(rng.pick([`+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `+1 (${a}) ${e}-${l}`, `1-${a}-${e}-${l}`, `+1.${a}.${e}.${l}`]), 'PHONE', 'phone.country-code')],
    [3, () => phi(rng.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`]) + ext(), 'PHONE', 'phone.extension')],
    [1, () => phi(`${e}-${l}`, 'PHONE', 'phone.seven-digit')],
  ])();
}

/** In-house pager and extension numbers: "pager 4-1234", "pgr #62415", "beeper 5512". */
export function pager(rng: Rng): Frag {
  return [rng.pick(['pager ', 'pgr #', 'Pager: ', 'beeper ', 'page at ', 'ext. ']), phi(rng.pick([`${rng.int(1, 9)}-${rng.digits(4)}`, rng.digits(5), rng.digits(4)]), 'PHONE', 'phone.pager')];
}

const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net', 'hotmail.com', 'protonmail.com'];

function orgDomain(rng: Rng): string {
  return `${inventedSurname(rng).toLowerCase()}${rng.pick(['health.org', 'clinic.com', 'med.org', 'hospital.org', 'familypractice.com', 'peds.net', '.edu', 'care.us'])}`;
}

export function email(rng: Rng, p: Person): Frag {
  const first = p.first.toLowerCase().replace(/[^a-z]/g, ''), last = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const local = rng.pick([`${first}.${last}`, `${first[0]}${last}`, `${last}${first[0]}${rng.int(1, 99)}`, `${first}_${last}${rng.int(50, 99)}`, `${first}${rng.int(1950, 2005)}`]);
  const domain = rng.chance(0.5) ? rng.pick(MAIL_DOMAINS) : orgDomain(rng);
  return phi(`${rng.chance(0.1) ? local.toUpperCase() : local}@${domain}`, 'EMAIL', 'email');
}

export function url(rng: Rng): Frag {
  const d = orgDomain(rng);
  return phi(rng.pick([
    `https://portal.${d}/patient/${rng.digits(6)}`, `www.${d}`, `http://${d}/records?mrn=${rng.digits(7)}`,
    `https://mychart.${d}`, `${d}/telehealth/${rng.letters(3).toLowerCase()}-${rng.letters(4).toLowerCase()}`,
    `https://www.facebook.com/${rng.letters(6).toLowerCase()}.${rng.digits(3)}`, `https://zoom.us/j/${rng.digits(10)}`,
  ]), 'URL', 'url');
}

export function ipAddress(rng: Rng): Frag {
  if (rng.chance(0.6)) {
    return phi(rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]), 'IP', 'ip.v4');
  }
  const h = () => rng.int(0, 65535).toString(16);
  return phi(rng.pick([
    `2001:db8:${h()}:${h()}::${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`,
    `2001:0db8:${h().padStart(4, '0')}:${h().padStart(4, '0')}:${h().padStart(4, '0')}:${h().padStart(4, '0')}:${h().padStart(4, '0')}:${h().padStart(4, '0')}`,
  ]), 'IP', 'ip.v6');
}
