import { resolve } from 'node:path';
import { defineConfig, type InlineConfig } from 'vite';

/**
 * The send guard as ONE self-contained classic script for Outlook's JavaScript-only runtime:
 * IIFE (no import/export), ES2016 syntax (classic Outlook before Version 2403), policy and settings
 * JSON inlined. Runs after the app build, so it must not empty dist/app.
 */
export const FALLBACK_HANDLER =
  'try{Office.actions.associate("onAppointmentSendHandler",function(e){e.completed({allowEvent:true})})}catch(e){}';

export const launcheventBuild = (outDir: string): InlineConfig => ({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2016',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      output: {
        // Runs before anything else in the file: should any later top-level code throw on an old
        // engine, Outlook still finds a handler that lets the send through (a softBlock add-in with
        // no associated handler blocks every send). The real handler replaces it at the end.
        banner: FALLBACK_HANDLER,
      },
    },
    lib: {
      entry: resolve(import.meta.dirname, 'src/entries/launchevent/main.ts'),
      formats: ['iife'],
      name: 'MeetingGuardSendGuard',
      fileName: () => 'launchevent.js',
    },
  },
});

export default defineConfig(launcheventBuild(resolve(import.meta.dirname, 'dist/app')));
