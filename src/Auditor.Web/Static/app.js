// Drag and drop onto the file fields (the form still submits as an ordinary form with its antiforgery token),
// a list of the chosen files, and a size check before upload against the server's limit (data-max-file on <body>).
(function () {
  var maxBytes = Number(document.body.getAttribute('data-max-file') || 0);
  function show(input) {
    var list = document.querySelector('ul.chosen[data-for="' + input.name + '"]');
    if (!list) return;
    list.textContent = '';
    Array.prototype.forEach.call(input.files, function (f) {
      var li = document.createElement('li');
      li.textContent = f.name + '（' + (f.size >= 1048576 ? (f.size / 1048576).toFixed(1) + ' MB' : Math.ceil(f.size / 1024) + ' KB') + '）';
      list.appendChild(li);
    });
  }
  document.querySelectorAll('fieldset.drop').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    input.addEventListener('change', function () { show(input); });
    ['dragenter', 'dragover'].forEach(function (e) {
      zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (e) {
      zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (ev) {
      var dt = new DataTransfer();
      if (input.multiple) Array.prototype.forEach.call(input.files, function (f) { dt.items.add(f); });
      Array.prototype.forEach.call(ev.dataTransfer.files, function (f) { if (input.multiple || dt.items.length === 0) dt.items.add(f); });
      input.files = dt.files;
      show(input);
    });
  });
  document.querySelectorAll('form[enctype="multipart/form-data"]').forEach(function (form) {
    form.addEventListener('submit', function (ev) {
      if (!maxBytes) return;
      var big = [];
      form.querySelectorAll('input[type=file]').forEach(function (input) {
        Array.prototype.forEach.call(input.files, function (f) { if (f.size > maxBytes) big.push(f.name); });
      });
      if (big.length) {
        ev.preventDefault();
        var p = form.querySelector('.problem') || document.createElement('p');
        p.className = 'problem'; p.setAttribute('role', 'alert');
        p.textContent = '文件太大：' + big.join('、') + '（上限 ' + (maxBytes / 1048576).toFixed(0) + ' MB）。';
        form.prepend(p);
      }
    });
  });
  // live progress while a run goes on (the page also reloads itself every two seconds)
  var poll = document.querySelector('[data-poll]');
  if (poll && window.fetch) {
    setInterval(function () {
      fetch(poll.getAttribute('data-poll'), { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
        if (s.status !== 'running') { location.reload(); return; }
        poll.querySelectorAll('[data-field]').forEach(function (el) {
          var v = s[el.getAttribute('data-field')]; if (v !== undefined && v !== null) el.textContent = v;
        });
      }).catch(function () {});
    }, 1000);
  }
})();
