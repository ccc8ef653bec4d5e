/*
 * Draws each target's approved readings over the year with ECharts: the readings, the target line, the
 * stretch line and, for a cumulative target, the pace (the target times the share of the year gone). The
 * data comes from data-* attributes, since the site's CSP allows no inline script; the value axis takes
 * the server's ticks and labels, written as the tables write numbers (万, 亿), and the grid makes room
 * for them (containLabel), so that no label is clipped. On a canvas: ECharts' SVG text takes its font
 * from a style attribute, which the CSP refuses, so it came out in the page's 16px where 12px had been
 * measured, and ran out of the chart ("0,000" for 30,000,000). The legend wraps rather than scrolls,
 * so that on a phone every line's name shows (a scrolling legend hid the pace behind a pager), and the
 * grid starts below its rows, counted as ECharts lays them out. The table beside each chart is its text
 * alternative.
 */
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  function numbers(text) {
    return text ? text.split(',').map(function (v) { return v === '' ? null : Number(v); }) : [];
  }
  document.querySelectorAll('.progress-chart[data-values]').forEach(function (el) {
    var d = el.dataset;
    var labels = d.labels ? d.labels.split(',') : [];
    var ticks = d.ticks ? d.ticks.split('|') : [];
    var tickLabels = d.tickLabels ? d.tickLabels.split('|') : [];
    var label = function (value) {
      var i = ticks.findIndex(function (t) { return Number(t) === value; });
      return i < 0 ? '' : tickLabels[i];
    };
    var line = function (name, value, type) {
      return { type: 'line', name: name, silent: true, symbol: 'none', data: labels.map(function () { return value; }),
        lineStyle: { type: type, width: 1.5 } };
    };
    var series = [{ type: 'line', name: d.name || '', data: numbers(d.values), connectNulls: true,
      symbolSize: 7, z: 3 }];
    if (d.target) {
      series.push(line(d.targetName, Number(d.target), 'solid'));
    }
    if (d.stretch) {
      series.push(line(d.stretchName, Number(d.stretch), 'dotted'));
    }
    if (d.pace) {
      series.push({ type: 'line', name: d.paceName, silent: true, symbol: 'none', data: numbers(d.pace),
        lineStyle: { type: 'dashed', width: 1.5 } });
    }
    // The legend's rows at the chart's width: items of icon (18), gap (5) and name, 10 apart, wrapped as
    // ECharts wraps a plain legend; each row below the first takes the item's height and the gap.
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = '11px ' + getComputedStyle(el).fontFamily;
    var gridTop = function () {
      var rows = 1;
      var x = 0;
      series.forEach(function (s) {
        var width = 18 + 5 + measure.measureText(s.name || '').width;
        if (x > 0 && x + width > el.clientWidth) {
          rows++;
          x = 0;
        }
        x += width + 10;
      });
      return 40 + 24 * (rows - 1);
    };
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      // The page's font, so that ECharts measures labels in the font they are drawn in (CJK glyphs are
      // wider than its default's): otherwise it leaves too little room and labels run out or overlap.
      textStyle: { fontFamily: getComputedStyle(el).fontFamily },
      color: ['#0b5cad', '#2f7d43', '#7b5ea7', '#a05a00'],
      grid: { left: 8, right: 16, top: gridTop(), bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, right: 0, itemWidth: 18, itemGap: 10, textStyle: { fontSize: 11 }, type: 'plain' },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', inverse: d.inverse === 'true', min: Number(d.min), max: Number(d.max),
        interval: Number(d.interval), axisLabel: { formatter: label } },
      tooltip: { trigger: 'axis' },
      series: series
    });
    window.addEventListener('resize', function () {
      chart.setOption({ grid: { top: gridTop() } });
      chart.resize();
    });
    el.setAttribute('data-rendered', 'true');
  });
})();
