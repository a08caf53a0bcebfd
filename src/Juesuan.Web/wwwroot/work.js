// Workspace: refuse an oversized file before sending it (the server refuses it too, with 413).
(function () {
  'use strict';
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    var form = input.form;
    var max = Number(input.getAttribute('data-max-bytes'));
    form.addEventListener('submit', function (e) {
      // Several files (公开检查) count together: the server's limit is on the whole upload.
      var files = Array.prototype.slice.call(input.files || []);
      var size = files.reduce(function (sum, x) { return sum + x.size; }, 0);
      var f = files.length === 1 ? files[0] : { name: files.length + ' 个文件', size: size };
      var note = form.querySelector('.size-error');
      if (note) { note.remove(); }
      if (files.length > 0 && size > max) {
        e.preventDefault();
        var p = document.createElement('p');
        p.className = 'notice error size-error';
        p.setAttribute('role', 'alert');
        p.textContent = '文件「' + f.name + '」有 ' + (f.size / 1048576).toFixed(1) + ' MB，超过 ' + (max / 1048576) + ' MB 上限，未上传。';
        form.appendChild(p);
      }
    });
  });
})();
