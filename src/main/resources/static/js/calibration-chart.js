// Draws the calibration scatter (self-assessed across, assessed up) from the table beside it, which
// stays the text alternative: one source for both, and no inline script under the CSP.
(function () {
	'use strict';
	function draw(container) {
		var table = document.getElementById(container.getAttribute('data-calibration-chart'));
		if (!table || typeof echarts === 'undefined') {
			return;
		}
		var points = [];
		table.querySelectorAll('tbody tr[data-self]').forEach(function (row) {
			points.push({
				name: row.getAttribute('data-name'),
				value: [Number(row.getAttribute('data-self')), Number(row.getAttribute('data-assessed'))]
			});
		});
		var values = points.flatMap(function (p) { return p.value; });
		var low = Math.floor(Math.min.apply(null, values) * 10 - 1) / 10;
		var high = Math.ceil(Math.max.apply(null, values) * 10 + 1) / 10;
		var chart = echarts.init(container, null, { renderer: 'canvas' });
		chart.setOption({
			animation: false,
			grid: { left: 56, right: 24, top: 24, bottom: 48 },
			tooltip: { trigger: 'item', renderMode: 'richText',
				formatter: function (p) { return p.name + ' ' + p.value[0] + ' → ' + p.value[1]; } },
			xAxis: { type: 'value', name: container.getAttribute('data-x-name'), nameLocation: 'middle', nameGap: 28,
				min: low, max: high },
			yAxis: { type: 'value', name: container.getAttribute('data-y-name'), nameLocation: 'middle', nameGap: 40,
				min: low, max: high },
			series: [
				{ type: 'scatter', symbolSize: 12, data: points,
					label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 } },
				{ type: 'line', silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#8a949e' },
					data: [[low, low], [high, high]] }
			]
		});
		window.addEventListener('resize', function () { chart.resize(); });
		container.setAttribute('data-rendered', 'true');
	}
	document.querySelectorAll('[data-calibration-chart]').forEach(draw);
}());
