/*
 * Titre de séjour 92 — embed snippet for associations' websites. See docs/embedding.md.
 *
 *   <div data-titre-sejour-92 data-lang="ar" data-accent="#006a4e"></div>
 *   <script src="https://YOUR-COPY-OF-THE-APP/embed.js" async></script>
 *
 * Creates the iframe and sets its height from the app's resize messages, after checking that
 * each message comes from the app's origin and from this iframe. No cookie, no tracking.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appUrl = new URL('./', script.src);
  var appOrigin = appUrl.origin;
  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 20000;
  var MESSAGE = 'titre-sejour-92:resize';
  var OPTIONS = { lang: 'data-lang', accent: 'data-accent', header: 'data-header' };

  function embed(host) {
    if (host.getAttribute('data-titre-sejour-92-ready')) return;
    host.setAttribute('data-titre-sejour-92-ready', '1');
    var src = new URL(appUrl.href);
    src.searchParams.set('embed', '1');
    Object.keys(OPTIONS).forEach(function (name) {
      var value = host.getAttribute(OPTIONS[name]);
      if (value) src.searchParams.set(name, value);
    });
    if (window.location.origin && window.location.origin !== 'null') {
      src.searchParams.set('parentOrigin', window.location.origin);
    }
    var iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title =
      host.getAttribute('data-title') ||
      'Titre de séjour 92 : où et comment déposer votre demande de titre de séjour';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    // What the guide needs and nothing more (each flag's reason: docs/embedding.md). No
    // allow-top-navigation: outbound links open in a new tab, never in place of this page.
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals',
    );
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = '640px';
    host.appendChild(iframe);

    window.addEventListener('message', function (event) {
      if (event.origin !== appOrigin || event.source !== iframe.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== MESSAGE || typeof data.height !== 'number' || !isFinite(data.height)) return;
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(data.height)));
      iframe.style.height = height + 'px';
    });
  }

  var hosts = document.querySelectorAll('[data-titre-sejour-92]');
  for (var i = 0; i < hosts.length; i++) embed(hosts[i]);
})();
