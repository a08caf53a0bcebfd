// 公开检查: while a batch runs, ask its progress every second and show it; reload when it is finished (no inline script: CSP).
(function () {
  'use strict';
  var box = document.querySelector('[data-progress-url]');
  if (!box) { return; }
  var url = box.getAttribute('data-progress-url');
  var bar = box.querySelector('progress');
  var text = box.querySelector('.progress-text');
  function tick() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (p) {
        bar.max = p.total;
        bar.value = p.done;
        text.textContent = '已检查 ' + p.done + ' / ' + p.total + ' 个文件（' + p.stateName + '）。完成后本页自动显示结果。';
        if (p.finished) { window.location.reload(); } else { window.setTimeout(tick, 1000); }
      })
      .catch(function () { window.setTimeout(tick, 5000); });
  }
  window.setTimeout(tick, 1000);
})();
