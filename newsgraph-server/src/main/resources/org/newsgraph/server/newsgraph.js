// Newsgraph pages: a little behaviour on top of server-rendered HTML. No inline handlers, no eval, no HTML built
// from data: only classes toggled on elements the server rendered (the Content-Security-Policy allows this file only).
(function () {
  'use strict';

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  // Clicking an entity (in the text or the panel) marks every mention of it.
  function focusEntity(id) {
    all('.focus').forEach(function (el) { el.classList.remove('focus'); });
    if (!id) return;
    all('[data-entity]').forEach(function (el) {
      if (el.getAttribute('data-entity') === id) el.classList.add('focus');
    });
  }
  all('mark.ent, li.entity').forEach(function (el) {
    el.addEventListener('click', function (ev) {
      if (ev.target.closest('a')) return;
      focusEntity(el.getAttribute('data-entity'));
    });
  });

  // Pointing at a quote or figure in a panel marks it in the text, with the words naming its speaker or source.
  function hoverPair(selector, attr) {
    all(selector).forEach(function (item) {
      var id = item.getAttribute(attr);
      var targets = [document.getElementById(id), document.getElementById(id + '-speaker'), document.getElementById(id + '-source'),
        document.getElementById(id + '-denier')]
        .filter(function (x) { return x; });
      item.addEventListener('mouseenter', function () { targets.forEach(function (t) { t.classList.add('focus'); }); });
      item.addEventListener('mouseleave', function () { targets.forEach(function (t) { t.classList.remove('focus'); }); });
    });
  }
  hoverPair('li.quote-item', 'data-quote');
  hoverPair('tr.figure-row', 'data-figure');
  hoverPair('li.event-item', 'data-event');
  hoverPair('li.framing-item', 'data-frame');

  // The legend's keys switch a kind of highlight off and on.
  var text = document.getElementById('text');
  all('.legend .key').forEach(function (key) {
    var kind = ['ent', 'quote', 'fig', 'time', 'event', 'frame', 'cited'].filter(function (k) { return key.classList.contains(k); })[0];
    if (!text || !kind) return;
    key.setAttribute('role', 'button');
    key.setAttribute('tabindex', '0');
    key.addEventListener('click', function () {
      var off = text.classList.toggle('hide-' + kind);
      all('.legend .key.' + kind).forEach(function (k) { k.classList.toggle('off', off); });
    });
  });

  // Fact page: a table row and its point on the chart light up together.
  all('tr.report').forEach(function (row) {
    var point = document.querySelector('circle[data-report="' + row.id + '"]');
    if (!point) return;
    function on() { row.classList.add('hover'); point.classList.add('focus'); }
    function off() { row.classList.remove('hover'); point.classList.remove('focus'); }
    row.addEventListener('mouseenter', on);
    row.addEventListener('mouseleave', off);
    point.addEventListener('mouseenter', on);
    point.addEventListener('mouseleave', off);
  });
}());
