// The one script of the preview, served as /_ef/live.js. It listens to the server's
// events; on a change it refreshes the status above the document and reloads the
// document in its frame at the same scroll position. It is kept as a string so that
// it ships inside the compiled module and needs no file of its own at run time.
export const LIVE_SCRIPT = `'use strict';
(function () {
  var status = document.getElementById('ef-status');
  var frame = document.getElementById('ef-document');
  function refreshStatus() {
    return fetch('/_ef/status' + location.search, { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) { if (status && html) status.innerHTML = html; });
  }
  function reloadFrame() {
    if (!frame) { location.reload(); return; }
    var y = 0;
    try { y = frame.contentWindow.scrollY; } catch (e) { y = 0; }
    frame.addEventListener('load', function restore() {
      frame.removeEventListener('load', restore);
      try { frame.contentWindow.scrollTo(0, y); } catch (e) { /* another origin: leave it */ }
    });
    var url = new URL(frame.src, location.href);
    url.searchParams.set('v', String(Date.now()));
    frame.src = url.pathname + url.search;
  }
  var events = new EventSource('/_ef/events');
  events.addEventListener('wijziging', function () {
    refreshStatus().then(function () {
      if (frame) reloadFrame(); else location.reload();
    });
  });
})();
`;
