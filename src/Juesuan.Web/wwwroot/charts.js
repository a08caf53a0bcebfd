// Draws the report page's charts from the JSON the server embedded (figures in 万元, computed from yuan).
(function () {
  'use strict';
  var dataEl = document.getElementById('chart-data');
  if (!dataEl || typeof echarts === 'undefined') { return; }
  var d = JSON.parse(dataEl.textContent);
  var years = JSON.parse((document.getElementById('chart-threepublic-years') || { textContent: '[]' }).textContent);
  var charts = [];
  var wan = function (v) { return (v == null ? '—' : Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })) + ' 万元'; };
  function make(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var c = echarts.init(el, null, { renderer: 'svg' });
    option.animation = false;
    (option.series || []).forEach(function (x) { x.animation = false; x.animationDuration = 0; x.animationDurationUpdate = 0; });
    c.setOption(option);
    charts.push(c);
    el.setAttribute('data-ready', 'true');
  }
  function pie(points) {
    return {
      tooltip: { trigger: 'item', valueFormatter: wan },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: points.map(function (p) { return { name: p.name, value: p.wan }; }) }]
    };
  }
  function tree(nodes) {
    return nodes.map(function (n) { return { name: n.code + ' ' + n.name, value: n.wan, children: tree(n.children || []) }; });
  }
  make('chart-income', pie(d.incomeComposition));
  make('chart-expenditure', pie(d.expenditureComposition));
  // 类 › 款 › 项 all at once, parents titled in a band above their children (ECharts' disk-usage layout).
  make('chart-functions', {
    tooltip: { valueFormatter: wan },
    series: [{ type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false }, width: '100%', height: '92%', top: 0,
      label: { show: true, formatter: '{b}', color: '#fff', fontSize: 12 },
      upperLabel: { show: true, height: 22, color: '#fff', fontWeight: 'bold' },
      levels: [
        { itemStyle: { borderWidth: 0, gapWidth: 4 }, upperLabel: { show: false } },
        { itemStyle: { borderWidth: 4, gapWidth: 1, borderColorSaturation: 0.6 } },
        { colorSaturation: [0.35, 0.5], itemStyle: { borderWidth: 4, gapWidth: 1, borderColorSaturation: 0.5 } },
        { colorSaturation: [0.3, 0.45], itemStyle: { gapWidth: 1, borderColorSaturation: 0.4 } }
      ],
      data: tree(d.expenditureByFunction) }]
  });
  make('chart-yoy', {
    tooltip: { trigger: 'axis', valueFormatter: wan },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: d.yearOnYear.map(function (p) { return p.name; }) },
    yAxis: { type: 'value' },
    series: [
      { name: '上年', type: 'bar', data: d.yearOnYear.map(function (p) { return p.priorWan; }) },
      { name: '本年', type: 'bar', data: d.yearOnYear.map(function (p) { return p.currentWan; }) }
    ]
  });
  make('chart-threepublic', {
    tooltip: { trigger: 'axis', valueFormatter: wan },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: years.map(function (y) { return y.year + ' 年'; }) },
    yAxis: { type: 'value' },
    series: (years.length ? years[0].points : []).map(function (p, k) {
      return { name: p.name, type: 'bar', stack: 'total', data: years.map(function (y) { return y.points[k] ? y.points[k].wan : null; }) };
    })
  });
  var items = d.budgetVsActual.slice().reverse();
  var budgetEl = document.getElementById('chart-budget');
  if (budgetEl) { budgetEl.style.height = Math.max(320, items.length * 34 + 60) + 'px'; }
  make('chart-budget', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: wan },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: items.map(function (p) { return p.name; }), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      { name: '年初预算', type: 'bar', data: items.map(function (p) { return p.budgetWan; }) },
      { name: '决算', type: 'bar', data: items.map(function (p) { return p.actualWan; }) }
    ]
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.documentElement.setAttribute('data-charts', String(charts.length));
})();
