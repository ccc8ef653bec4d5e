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
		// A name to the right of a point in the right half would run out of the chart: put it on the left.
		points.forEach(function (p) {
			p.label = { position: p.value[0] > (low + high) / 2 ? 'left' : 'right' };
		});
		// SVG, so that the browser tests can check that every label stays inside the chart.
		var chart = echarts.init(container, null, { renderer: 'svg' });
		chart.setOption({
			animation: false,
			grid: { left: 56, right: 24, top: 24, bottom: 48, containLabel: true },
			tooltip: { trigger: 'item', renderMode: 'richText',
				formatter: function (p) { return p.name + ' ' + p.value[0] + ' → ' + p.value[1]; } },
			xAxis: { type: 'value', name: container.getAttribute('data-x-name'), nameLocation: 'middle', nameGap: 28,
				min: low, max: high },
			yAxis: { type: 'value', name: container.getAttribute('data-y-name'), nameLocation: 'middle', nameGap: 40,
				min: low, max: high },
			series: [
				{ type: 'scatter', symbolSize: 12, data: points,
					label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
					// Departments rated alike sit on one point: their names would overlap, so those that
					// still collide after moving are hidden (the table beside names every one).
					labelLayout: { hideOverlap: true, moveOverlap: 'shiftY' } },
				{ type: 'line', silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#8a949e' },
					data: [[low, low], [high, high]] }
			]
		});
		window.addEventListener('resize', function () { chart.resize(); });
		container.setAttribute('data-rendered', 'true');
	}
	document.querySelectorAll('[data-calibration-chart]').forEach(draw);
}());
