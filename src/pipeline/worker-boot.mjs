// Workers start as plain JavaScript: register tsx here so the TypeScript worker (and the extractor it
// imports) load the same way under `npx newsgraph`, vitest and `node --import tsx`.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
