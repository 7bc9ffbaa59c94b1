/**
 * `npm run claims`: writes src/claims/content-claims.json, the register of every footnoted claim in
 * content/ with its page anchor and evidence (see src/claims/content-claims.ts). Run it after
 * editing a page's footnoted text, headings or footnotes; the unit test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContentClaims, ROOT } from '../src/claims/content-claims.ts';

const register = buildContentClaims();
const file = join(ROOT, 'src', 'claims', 'content-claims.json');
writeFileSync(file, `${JSON.stringify(register, null, 1)}\n`);
const claims = register.pages.reduce((n, p) => n + p.claims.length, 0);
console.log(`Wrote ${claims} claims on ${register.pages.length} pages to src/claims/content-claims.json`);
