// A CommonJS consumer of the installed package: `require` by name, then every check.
'use strict';
const check = require('./check.cjs');

console.log(`cjs: ${check(require('room-errors'), process.argv[2])} checks passed`);
