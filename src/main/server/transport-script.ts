/**
 * The browser's stand-in for the preload when the renderer is served by `andel serve`: defines
 * `window.andel.invoke` (POST /api/invoke with the session cookie and the session's CSRF token in
 * a header) and `window.andel.server` (session, login, logout) for the login page. A reply with
 * HTTP 401 means the session is gone: the page hears `andel:signed-out` and shows the login page.
 * A separate file (not inline) so the renderer's CSP (`script-src 'self'`) holds unchanged.
 */
export const TRANSPORT_PATH = '/andel-transport.js';
export const CSRF_HEADER = 'x-andel-csrf';

// Plain script, no module: window.andel must exist before the app's module runs.
export const transportScript = `'use strict';
(function () {
  var csrf = null;
  function signedOut() {
    csrf = null;
    window.dispatchEvent(new Event('andel:signed-out'));
  }
  async function post(path, body) {
    var headers = { 'content-type': 'application/json' };
    if (csrf) headers['${CSRF_HEADER}'] = csrf;
    var response = await fetch(path, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
    return { status: response.status, reply: await response.json() };
  }
  // The user with the channels its role may call (the page offers only those; the server checks each call).
  function withChannels(user, channels) {
    return user ? Object.assign({}, user, { channels: channels || [] }) : null;
  }
  async function invoke(channel, input) {
    var result = await post('./api/invoke', { channel: channel, input: input === undefined ? null : input });
    if (result.status === 401) signedOut();
    return result.reply;
  }
  async function session() {
    var response = await fetch('./api/session', { credentials: 'same-origin', cache: 'no-store' });
    var reply = response.status === 200 ? await response.json() : { user: null, csrfToken: null };
    csrf = reply.csrfToken;
    return withChannels(reply.user, reply.channels);
  }
  async function login(userName, password) {
    var result = await post('./api/login', { userName: userName, password: password });
    if (!result.reply.ok) return result.reply;
    csrf = result.reply.value.csrfToken;
    return { ok: true, value: withChannels(result.reply.value.user, result.reply.value.channels) };
  }
  async function logout() {
    await post('./api/logout', {});
    signedOut();
  }
  var server = Object.freeze({ session: session, login: login, logout: logout });
  Object.defineProperty(window, 'andel', { value: Object.freeze({ invoke: invoke, server: server }), enumerable: true });
})();
`;

/** index.html with the transport script placed before the app's module script. */
export function injectTransport(html: string): string {
  if (!html.includes('</head>')) throw new Error('andel serve: the renderer index.html has no </head>');
  return html.replace('</head>', `    <script src=".${TRANSPORT_PATH}"></script>\n  </head>`);
}
