// rollup (Debian's, without its node-resolve plugin, which Debian cannot install here): the
// package is resolved by name through its package.json exports, as Node resolves it.
import { fileURLToPath } from 'node:url';

export default {
  input: 'app.js',
  output: { dir: 'out-rollup', format: 'es' },
  plugins: [{
    name: 'resolve-room-errors',
    resolveId: (id) => (id.startsWith('room-errors') ? fileURLToPath(import.meta.resolve(id)) : null),
  }],
};
