// Owns the tests of session 11's second-wave PHI formats and protected terms (issue 9, phi37): IPv4 with its port,
// IEEE 802 MAC addresses, international numbers with the 00 exit code glued to the country code, hyphenated
// inventor pairs that name a device or score alone, and feeding-formula and incubator brands. Every value is invented.
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

testCoveredPatterns('session 11 wave 2 formats redacted:', {
  'IPv4 address with its TCP/UDP port after a colon (RFC 3986 host:port): the port goes with the address': [
    ['Telemetry gateway 172.31.9.44:8443 unreachable overnight.', '172.31.9.44:8443'],
    ['Uploaded from 10.2.3.4:51234 at 0300.', '10.2.3.4:51234'],
  ],
  'IEEE 802 MAC address, six hex pairs with one separator (colon or hyphen)': [
    ['Modem MAC 3C:A9:F4:10:7B:E2 paired.', '3C:A9:F4:10:7B:E2'],
    ['Hub hw addr a0-b7-ca-0c-b7-5a logged.', 'a0-b7-ca-0c-b7-5a'],
  ],
  'international number with the ITU 00 exit code glued to the country code': [
    ['Sister reachable on 00353 21 456 7890 in the evening.', '00353 21 456 7890'],
    ['Call 0044 20 7946 0958 if unwell.', '0044 20 7946 0958'],
  ],
});

testUntouchedPatterns('session 11 wave 2 look-alikes kept:', {
  'a clock time with seconds has three groups, never six hex pairs': [
    ['Alarm at 12:30:45 silenced.', '12:30:45'],
  ],
  'an IPv4-like address is not followed by a clock time it is not part of; a ratio of counts stays': [
    ['Scored 12:30 on the flow sheet.', '12:30'],
  ],
  'a hyphenated inventor pair names the drain or the neonatal retraction score without its head noun': [
    ['Jackson-Pratt and Hemovac drains to bulb suction.', 'Jackson-Pratt'],
    ['Infant in incubator, Silverman-Andersen 3, on room air.', 'Silverman-Andersen'],
  ],
  'an incubator or feeding-formula brand in its device or feeding slot': [
    ['Baby in Isolette, temp stable.', 'Isolette'],
    ['Start Oxepa at goal 55cc/hr.', 'Oxepa'],
  ],
});
