/** Writes the published JSON Schemas under schemas/ from their definitions in the core. */
import { writeFileSync } from 'node:fs';
import { componentTagsSchema } from '../packages/core/src/component-tags-schema.js';

const target = new URL('../schemas/component-tags.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(componentTagsSchema, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
