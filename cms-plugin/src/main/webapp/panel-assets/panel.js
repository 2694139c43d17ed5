// The editor panel's tag buttons (PanelServlet): POST the decision (the browser asks for the editor's
// credentials on the 401 challenge), then reload to show the stored state; a failure is shown in the
// status line, and the tag's buttons are disabled while a decision is under way. Served as a file so
// the panel's Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  var line = document.getElementById('decision-status');
  document.querySelectorAll('button[data-tag]').forEach(function (b) {
    b.addEventListener('click', function () {
      var what = b.dataset.decision + ' ' + b.dataset.tag;
      var buttons = b.parentNode.querySelectorAll('button');
      function fail(message) {
        line.textContent = 'Not saved (' + what + '): ' + message;
        line.className = 'failed';
        buttons.forEach(function (x) { x.disabled = false; });
      }
      buttons.forEach(function (x) { x.disabled = true; });
      line.textContent = 'Saving: ' + what + '\u2026';
      line.className = '';
      fetch(b.dataset.url, {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({tag: b.dataset.tag, decision: b.dataset.decision})})
        .then(function (r) {
          if (r.ok) { line.textContent = 'Saved: ' + what; location.reload(); return; }
          return r.text().then(function (t) {
            var detail = t;
            try { detail = JSON.parse(t).detail || t; } catch (notJson) { }
            fail(r.status + ' ' + detail);
          });
        })
        .catch(function (e) { fail(String(e)); });
    });
  });
})();
