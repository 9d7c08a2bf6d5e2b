// The popup sign-in lands here: msal-browser 5 hands the response to the page that opened the popup
// over a BroadcastChannel (its redirect bridge), which closes the popup. Without this page the opener
// waits for a response that never comes.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  // Opened without a sign-in response (or a stale one): nothing to hand over.
  document.body.textContent = 'Meeting Guard: this window is only used during sign-in and can be closed.';
});
