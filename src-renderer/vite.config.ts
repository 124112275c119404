import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer is built once and served two ways: from file:// by Electron (hence relative asset
// paths) and over http://127.0.0.1 by the web host.
export default defineConfig({
  root: __dirname,
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.resolve(__dirname, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
});
