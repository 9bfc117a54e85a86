// The report's only script (besides uPlot): draws each chart from the embedded JSON with the
// page's CSS colours (so dark mode applies), drives the scenario filters and the cluster view
// slider (objects live at the chosen instant, a pod's node, a Service's ready endpoints). Plain ES5-style DOM code so it runs in any browser that opens a saved file.
// Leaves out redrawing charts when the colour scheme changes while the page is open.

export const CLIENT_SCRIPT = String.raw`
(function () {
  var data = JSON.parse(document.getElementById('kubespec-data').textContent);
  var css = getComputedStyle(document.documentElement);
  function v(name, fallback) { return css.getPropertyValue(name).trim() || fallback; }
  function color(i) { return v('--chart-' + ((i % 6) + 1), '#0969da'); }
  var fg = v('--fg', '#1b1f24'), grid = v('--border', '#d0d7de');
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var c = data.charts[el.getAttribute('data-chart')];
    if (!c || typeof uPlot === 'undefined') return;
    var series = [{ label: 'virtual time (s)' }].concat(c.series.map(function (s, i) {
      var stroke = s.label === 'Warning' ? v('--failed', '#cf222e') : color(i);
      return { label: s.label, stroke: stroke, width: 2, paths: uPlot.paths.stepped({ align: 1 }) };
    }));
    var yRange = function (u, min, max) { return [0, max > 0 ? max + Math.max(1, Math.ceil(max * 0.1)) : 1]; };
    var opts = { width: Math.max(300, el.clientWidth || 420), height: 220, scales: { x: { time: false }, y: { range: yRange } },
      axes: [{ label: 'virtual time (s)', stroke: fg, grid: { stroke: grid } }, { stroke: fg, grid: { stroke: grid } }],
      series: series };
    el.textContent = '';
    new uPlot(opts, [c.x].concat(c.series.map(function (s) { return s.values; })), el);
  });
  var search = document.getElementById('filter-text'), onlyBad = document.getElementById('filter-failed');
  function applyFilter() {
    var q = (search && search.value || '').toLowerCase(), bad = onlyBad && onlyBad.checked, shown = 0;
    document.querySelectorAll('section.scenario').forEach(function (s) {
      var ok = (!q || s.getAttribute('data-search').indexOf(q) >= 0) && (!bad || !s.classList.contains('is-passed'));
      s.hidden = !ok; if (ok) shown++;
    });
    var count = document.getElementById('filter-count'); if (count) count.textContent = shown + ' shown';
  }
  if (search) search.addEventListener('input', applyFilter);
  if (onlyBad) onlyBad.addEventListener('change', applyFilter);
  document.querySelectorAll('[data-cluster]').forEach(function (box) {
    var c = data.clusters[box.getAttribute('data-cluster')];
    var range = box.querySelector('input[type=range]'), text = box.querySelector('input[type=search]');
    var out = box.querySelector('tbody'), label = box.querySelector('output');
    function render() {
      var at = c.instants[Number(range.value)] || 0, q = (text.value || '').toLowerCase(), live = {}, node = {}, eps = {};
      c.writes.forEach(function (w) {
        if (w[0] > at) return; var key = w[2] + '/' + w[3] + '/' + w[4];
        if (w[1] === 'delete') delete live[key]; else live[key] = w;
      });
      c.scheduled.forEach(function (s) { if (s[0] <= at) node[s[1]] = s[2]; });
      c.endpoints.forEach(function (e) { if (e[0] <= at) eps[e[1]] = e[2]; });
      label.textContent = 't = ' + (at / 1000) + 's';
      out.textContent = '';
      Object.keys(live).sort().forEach(function (key) {
        var w = live[key], ns = w[3] + '/' + w[4], n = w[2] === 'Pod' ? (node[ns] || '<none>') : '';
        var ep = (w[2] === 'Service' || w[2] === 'Endpoints') && live['Endpoints/' + ns] ? (eps[ns] || '') : '';
        var cells = [w[3], w[2], w[4], n, ep, w[5]];
        if (q && cells.join(' ').toLowerCase().indexOf(q) < 0) return;
        var tr = document.createElement('tr');
        cells.forEach(function (v) { var td = document.createElement('td'); td.textContent = v; tr.appendChild(td); });
        out.appendChild(tr);
      });
    }
    range.addEventListener('input', render); text.addEventListener('input', render); render();
  });
})();
`;
