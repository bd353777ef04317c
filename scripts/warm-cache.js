#!/usr/bin/env node
// Builds the coding lexicon of every vendored fiscal year once after `npm run build`, so the first
// `chartcoder process` or worker start reads its term list from node_modules/.cache instead of building it.
'use strict';
const { availableFiscalYears, loadCodeSet } = require('../dist/src/engine/icd10');
const { buildLexicon } = require('../dist/src/engine/coding/lexicon');

for (const year of availableFiscalYears()) buildLexicon(loadCodeSet(year));
