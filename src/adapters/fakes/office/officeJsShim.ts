import { OFFICE_JS_CDN } from '../../office/officeBootstrap';

/** Where the workbench's static server answers for office.js (the pages name the CDN URL). */
export const OFFICE_JS_SHIM_PATH = '/__workbench/office.js';

/**
 * What the workbench serves instead of office.js: offline, the CDN is unreachable, and online the real
 * office.js in the workbench's iframe (outside Office) would navigate it to about:blank. It behaves as
 * office.js does outside Office, `Office.onReady` resolving with host null; a pane in the workbench's
 * frame takes the fake Outlook host from its parent instead (officeBootstrap).
 */
export const OFFICE_JS_SHIM = `// Meeting Guard workbench: stands in for ${OFFICE_JS_CDN}
window.Office = window.Office || {
  onReady: function (callback) {
    var info = { host: null, platform: null, addin: null };
    if (typeof callback === 'function') callback(info);
    return Promise.resolve(info);
  },
};
`;

/** Points a page's office.js script at the stand-in; pages without one are returned unchanged. */
export const withOfficeJsShim = (html: string): string => html.split(OFFICE_JS_CDN).join(OFFICE_JS_SHIM_PATH);
