'use strict';
// electron's postinstall (install.js) exits 1 when downloadArtifact rejects, which fails the whole
// `npm install` on a machine that cannot reach Electron's download host. We keep every other export
// as it is and turn that one failure into a clear warning: the promise is left pending, so install.js
// neither extracts nor fails, and the package stays installed (its TypeScript types included).
const upstream = require('electron-get-upstream');

module.exports = {
  ...upstream,
  async downloadArtifact(options) {
    try {
      return await upstream.downloadArtifact(options);
    } catch (error) {
      const reason = error && error.message ? error.message.split('\n')[0] : String(error);
      console.warn(
        `[agent-console] Electron ${options.version} could not be downloaded (${reason}). ` +
          'npm install goes on; `npm start` will open the local web host instead.',
      );
      return new Promise(() => {});
    }
  },
};
