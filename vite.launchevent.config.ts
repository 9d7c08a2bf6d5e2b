import { resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { defineConfig, runnerImport, type InlineConfig, type Plugin } from 'vite';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { rewriteConditionals } from './scripts/rewriteConditionals';
import type { BundledConfig } from './src/entries/launchevent/bundledConfig';
import type { EntityTable } from './src/entries/launchevent/liteEntityDecoder';

/**
 * The send guard as ONE self-contained classic script for Outlook's JavaScript-only runtime:
 * IIFE (no import/export), ES2016 syntax (classic Outlook before Version 2403), policy and settings
 * JSON inlined. Runs after the app build, so it must not empty dist/app.
 */
/**
 * Named references the send guard decodes: HTML 4's Latin-1 and punctuation set (what Outlook, Word and
 * mail clients write; Greek letters and set symbols left out) plus a few HTML5 punctuation names.
 * Anything else stays literal text in the guard only (the pane and the CLI use the full table), which
 * can change no verdict: rules read labels, digits and URLs.
 */
const ENTITY_NAMES = (
  'quot amp apos lt gt nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times ' +
  'Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ' +
  'ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml OElig oelig Scaron scaron Yuml fnof circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo ' +
  'rsquo sbquo ldquo rdquo bdquo dagger Dagger bull hellip permil prime Prime lsaquo rsaquo oline frasl euro trade larr ' +
  'uarr rarr darr harr lArr rArr hArr minus infin asymp ne le ge colon comma period semi excl quest num percnt lpar rpar ' +
  'ast plus equals lowbar sol bsol lsqb rsqb lcub rcub vert verbar Hat grave check cross star starf phone female male ' +
  // The rest of HTML 4 (Greek, mathematical and other symbols): the task pane shares this table, and its
  // evidence text should read like the invite.
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi ' +
  'Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau ' +
  'upsilon phi chi psi omega thetasym upsih piv weierp image real alefsym crarr forall part exist empty nabla isin ' +
  'notin ni prod sum lowast radic prop ang and or cap cup int there4 sim cong sub sup nsub sube supe oplus otimes perp ' +
  'sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams'
).split(' ');

/** Text htmlparser2 (with its full entity table, as the pane and the CLI run it) makes of `html`. */
function parsedText(html: string): string {
  let text = '';
  const parser = new Parser({ ontext: (t) => (text += t) });
  parser.write(html);
  parser.end();
  return text;
}

/** The lite decoder's table, decoded by the full htmlparser2 so both agree on every listed name. */
export function entityTable(): EntityTable {
  const names: Record<string, string> = {};
  const legacy: string[] = [];
  for (const name of ENTITY_NAMES) {
    const full = parsedText(`&${name};`);
    if (full === `&${name};`) continue;
    names[name] = full;
    // Legacy only if the whole name decodes without ';' (`&notin ` reads as `&not` + `in`, not as ∉).
    if (parsedText(`&${name} `) === `${full} `) legacy.push(name);
  }
  return { names, legacy };
}

/**
 * The rows of windows-iana's table that resolveZone's index keeps (per lower-cased Windows name: the
 * last territory-001 row, else the first row; first IANA name only), so the lookup is unchanged.
 */
export function windowsZoneRows(): Array<{ windowsName: string; territory: string; iana: string[] }> {
  const pick = new Map<string, { windowsName: string; territory: string; iana: string[] }>();
  for (const row of WINDOWS_TO_IANA_MAP) {
    const first = row.iana[0];
    if (!first) continue;
    const key = row.windowsName.toLowerCase();
    if (row.territory === '001' || !pick.has(key))
      pick.set(key, { windowsName: row.windowsName, territory: '001', iana: [first] });
  }
  return [...pick.values()];
}

/**
 * Replaces bundledConfig.ts with its result: policy.json goes through parsePolicy and sendguard.json
 * through its parser HERE, at build time (so a bad file fails the build, and neither the parse nor
 * zod ships in the handler). Loaded through Vite's module runner, as the sources import extensionless.
 */
function prebuiltConfig(): Plugin {
  const CONFIG = '\0mg-bundled-config';
  const source = resolve(import.meta.dirname, 'src/entries/launchevent/bundledConfig.ts');
  return {
    name: 'mg-prebuilt-config',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === './bundledConfig' && importer?.endsWith('main.ts') ? CONFIG : null;
    },
    async load(id) {
      if (id !== CONFIG) return null;
      const { module } = await runnerImport<{ bundledConfig: () => BundledConfig }>(source, {
        configFile: false,
        logLevel: 'error',
      });
      const config = module.bundledConfig();
      if (config.problems.length) this.error(`send guard config: ${config.problems.join('; ')}`);
      return `export function bundledConfig() { return ${JSON.stringify(config)}; }`;
    },
  };
}

/**
 * Swaps two heavy tables for compact equivalents (≈ 20 KB gzip together) in the send guard and in the
 * browser app (the task pane's initial-JS budget), so the pane and the guard read bodies alike. The CLI
 * runs on Node with the full tables; names outside the list stay literal text, which changes no verdict.
 */
export function compactTables(): Plugin {
  const ENTITIES = '\0mg-lite-entities';
  const ZONES = '\0mg-windows-zones';
  const decoder = resolve(import.meta.dirname, 'src/entries/launchevent/liteEntityDecoder.ts');
  return {
    name: 'mg-compact-tables',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'entities/decode') return ENTITIES;
      if (id === 'windows-iana') return ZONES;
      return null;
    },
    load(id) {
      if (id === ENTITIES)
        return `import { createLiteEntityDecoder } from ${JSON.stringify(decoder)};
const m = createLiteEntityDecoder(${JSON.stringify(entityTable())});
export const DecodingMode = m.DecodingMode, EntityDecoder = m.EntityDecoder, htmlDecodeTree = m.htmlDecodeTree, xmlDecodeTree = m.xmlDecodeTree;`;
      if (id === ZONES) return `export const WINDOWS_TO_IANA_MAP = ${JSON.stringify(windowsZoneRows())};`;
      return null;
    },
  };
}

/**
 * The last step on the minified file: no conditional operator may remain (classic Outlook before Version
 * 2403 refuses to load the add-in otherwise), and the result must still parse as ES2016.
 */
function noConditionals(): Plugin {
  return {
    name: 'mg-no-conditionals',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') chunk.code = rewriteConditionals(chunk.code);
    },
  };
}

export const FALLBACK_HANDLER =
  'try{Office.actions.associate("onAppointmentSendHandler",function(e){e.completed({allowEvent:true})})}catch(e){}';

export const launcheventBuild = (outDir: string): InlineConfig => ({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  plugins: [prebuiltConfig(), compactTables(), noConditionals()],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2016',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      // The build-time config parse (module runner start-up) takes seconds by design: no timing report.
      checks: { pluginTimings: false },
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
