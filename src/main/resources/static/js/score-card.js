// The score card's chart: the three parts as bars, from the data attributes the page carries.
// The table beside it holds the same numbers for readers without the chart.
(function () {
	'use strict';
	var element = document.getElementById('score-chart');
	if (!element || typeof echarts === 'undefined') {
		return;
	}
	var labels = element.dataset.labels.split('|');
	var values = element.dataset.values.split('|').map(function (v) {
		return v === '' || v === 'null' ? null : Number(v);
	});
	// The page's font and room for the labels (see progress-chart.js).
	var chart = echarts.init(element, null, { renderer: 'canvas' });
	chart.setOption({
		textStyle: { fontFamily: getComputedStyle(element).fontFamily },
		grid: { containLabel: true, left: 8, right: 8, bottom: 8 },
		title: { text: element.dataset.title, left: 'center', textStyle: { fontSize: 14 } },
		tooltip: {},
		xAxis: { type: 'category', data: labels },
		yAxis: { type: 'value', min: 0 },
		series: [{ type: 'bar', data: values, label: { show: true, position: 'top' } }]
	});
	window.addEventListener('resize', function () {
		chart.resize();
	});
}());
