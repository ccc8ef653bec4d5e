/*
 * Draws each target's approved values over the year with ECharts. The data comes from data-*
 * attributes, since the site's CSP allows no inline script; the table beside each chart is its text
 * alternative.
 */
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.progress-chart[data-values]').forEach(function (el) {
    var labels = el.dataset.labels ? el.dataset.labels.split(',') : [];
    var values = el.dataset.values ? el.dataset.values.split(',').map(Number) : [];
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value' },
      tooltip: { trigger: 'axis' },
      series: [{ type: 'line', name: el.dataset.name || '', data: values }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
