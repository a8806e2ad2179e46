// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Mark the current section in the main navigation.
  function markCurrentSection() {
    var path = window.location.pathname;
    var links = document.querySelectorAll('.site-header nav a');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (path === href || path.indexOf(href + '/') === 0) {
        links[i].setAttribute('aria-current', 'page');
      }
    }
  }

  // Side-by-side diff: n / j jump to the next change, p / k to the previous one.
  function changeNavigation() {
    var table = document.querySelector('table.diff');
    if (!table) return;
    var total = parseInt(table.getAttribute('data-changes'), 10) || 0;
    if (total === 0) return;
    var current = 0;
    var match = /^#change-(\d+)$/.exec(window.location.hash);
    if (match) current = parseInt(match[1], 10);

    function go(n) {
      if (n < 1 || n > total) return;
      var row = document.getElementById('change-' + n);
      if (!row) return;
      var previous = table.querySelector('tr.current');
      if (previous) previous.classList.remove('current');
      row.classList.add('current');
      row.focus();
      row.scrollIntoView({ block: 'center' });
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', '#change-' + n);
      }
      current = n;
    }

    document.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var tag = (event.target && event.target.tagName) || '';
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
      if (event.key === 'n' || event.key === 'j') {
        go(Math.min(total, current + 1));
        event.preventDefault();
      } else if (event.key === 'p' || event.key === 'k') {
        go(Math.max(1, current - 1));
        event.preventDefault();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    markCurrentSection();
    changeNavigation();
  });
})();
