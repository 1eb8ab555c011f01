// commander loads child_process (and with it net and the stream modules) at start-up for executable
// subcommands, which ita-plan does not have. In the bundle it gets this stand-in, which loads the
// real module only if spawn is ever called.
'use strict';
module.exports = {
  spawn: (...args) => require('node:child_process').spawn(...args),
};
