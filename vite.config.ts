import { defineConfig } from 'vite';

// `npm start` serves the demo page; the library builds are configured below.
export default defineConfig({
  root: 'demo',
  server: { fs: { allow: ['..'] } },
});
