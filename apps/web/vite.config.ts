import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents';
import { precompress } from './build/precompress';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))), react(), precompress()],
  resolve: {
    // Compile the shared domain from source: no need to rebuild it while developing the web.
    alias: { '@call/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
  },
  // The domain's holiday calendar is CommonJS: pre-bundle it so the dev server serves it as ESM.
  optimizeDeps: { include: ['@socialgouv/jours-feries'] },
  server: {
    port: 5173,
    strictPort: true,
    // ws: the subscriptions' WebSocket (live figures) shares the path
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true, ws: true },
      // the annual report's DOCX and PDF downloads
      '/rapport/': { target: apiUrl, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
});
