// Owns `npm run schema`: writes schema/schema.graphql from the type-graphql classes.
import fs from 'node:fs';
import path from 'node:path';
import { printGraphqlSchema, SCHEMA_FILE } from '../server/schema';

const target = path.resolve(process.argv[2] ?? SCHEMA_FILE);
fs.writeFileSync(target, printGraphqlSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
