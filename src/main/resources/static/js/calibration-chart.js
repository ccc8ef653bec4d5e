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
			// The page's font, so that labels are measured in the font they are drawn in (see progress-chart.js).
			textStyle: { fontFamily: getComputedStyle(container).fontFamily },
			grid: { left: 28, right: 24, top: 24, bottom: 36, containLabel: true },
			tooltip: { trigger: 'item', renderMode: 'richText',
				formatter: function (p) { return p.name + ' ' + p.value[0] + ' → ' + p.value[1]; } },
			xAxis: { type: 'value', name: container.getAttribute('data-x-name'), nameLocation: 'middle', nameGap: 30,
				min: low, max: high },
			yAxis: { type: 'value', name: container.getAttribute('data-y-name'), nameLocation: 'middle', nameGap: 36,
				min: low, max: high, axisLabel: { showMinLabel: false } },
			series: [
				{ type: 'scatter', symbolSize: 12, data: points,
					label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 } },
				{ type: 'line', silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#8a949e' },
					data: [[low, low], [high, high]] }
			]
		});
		placeLabels(chart, points, container);
		window.addEventListener('resize', function () {
			chart.resize();
			placeLabels(chart, points, container);
		});
		container.setAttribute('data-rendered', 'true');
	}
	// Departments rated alike sit on one point, and their names would be written over each other. Each
	// name goes right of its point, or left where it would run out of the chart; a name that would still
	// cover one already placed is left out (the table beside names every department).
	function placeLabels(chart, points, container) {
		var context = document.createElement('canvas').getContext('2d');
		context.font = '11px ' + getComputedStyle(container).fontFamily;
		var width = chart.getWidth();
		var placed = [];
		var overlaps = function (r) {
			return placed.some(function (o) {
				return r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
			});
		};
		points.forEach(function (p) {
			var at = chart.convertToPixel({ seriesIndex: 0 }, p.value);
			var w = context.measureText(p.name).width + 2;
			var right = { left: at[0] + 10, right: at[0] + 10 + w, top: at[1] - 8, bottom: at[1] + 8, position: 'right' };
			var left = { left: at[0] - 10 - w, right: at[0] - 10, top: at[1] - 8, bottom: at[1] + 8, position: 'left' };
			var choice = [right, left].find(function (r) { return r.left >= 0 && r.right <= width && !overlaps(r); });
			if (choice) {
				placed.push(choice);
			}
			p.label = choice ? { show: true, position: choice.position } : { show: false };
		});
		chart.setOption({ series: [{ data: points }] });
	}
	document.querySelectorAll('[data-calibration-chart]').forEach(draw);
}());
