import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    // No source maps in dist/: the production build ships only what the browser needs.
    sourcemap: false,
    target: 'es2022',
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['test/support/setup.ts'],
    globals: true,
    css: false,
    restoreMocks: true,
  },
});
