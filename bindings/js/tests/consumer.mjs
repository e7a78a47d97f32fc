// An ES module consumer of the installed package: `import` by name, then every check.
import * as api from 'room-errors';
import check from './check.cjs';

console.log(`esm: ${check(api, process.argv[2])} checks passed`);
