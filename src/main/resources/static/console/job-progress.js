// ジョブの進み具合: polls GET /api/jobs/{id} once a second; a bar of processed / total when the run reports them,
// else a moving bar; when the run has ended the page reloads and shows the outputs. Plain JavaScript, no build.
(function () {
  var section = document.getElementById('progress-section');
  if (!section) { return; }
  var url = section.getAttribute('data-run-url');
  var bar = document.getElementById('job-progress');
  var text = document.getElementById('job-progress-text');
  var unit = section.getAttribute('data-unit') || '件';
  function number(n) { return Number(n).toLocaleString('ja-JP'); }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (run) {
        if (run.status !== 'RUNNING') { window.location.reload(); return; }
        var p = run.progress || run;
        var done = p.processed, total = p.total;
        if (typeof done === 'number' && typeof total === 'number' && total > 0) {
          bar.max = total;
          bar.value = Math.min(done, total);
          text.textContent = number(done) + ' / ' + number(total) + ' ' + unit + ' (' + Math.floor(done * 100 / total) + '%)';
        } else {
          bar.removeAttribute('value');
          text.textContent = '実行中です…';
        }
        setTimeout(poll, 1000);
      })
      .catch(function () { text.textContent = '状態を取得できません。再試行します…'; setTimeout(poll, 3000); });
  }
  poll();
})();
