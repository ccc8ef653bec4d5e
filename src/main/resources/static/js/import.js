// Uploads the table in the background so that the page can show how far the upload has come, then
// that the server is reading it, and can cancel both. Without JavaScript the form posts as usual.
// A static file, since the content security policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload');
  var box = document.getElementById('upload-progress');
  if (!form || !box || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var bar = document.getElementById('upload-bar');
  var status = document.getElementById('upload-status');
  var cancel = document.getElementById('upload-cancel');
  var submit = form.querySelector('button[type=submit]');
  var request = null;

  function show(text, value) {
    status.textContent = text;
    if (value === null) {
      bar.removeAttribute('value');
    } else {
      bar.value = value;
    }
  }

  function reset(text) {
    request = null;
    submit.disabled = false;
    cancel.disabled = true;
    show(text, 0);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        show(box.dataset.uploading + ' ' + Math.round(100 * e.loaded / e.total) + '%', 100 * e.loaded / e.total);
      }
    });
    request.upload.addEventListener('load', function () {
      show(box.dataset.parsing, null);
    });
    request.addEventListener('load', function () {
      // The server answers with the review page (after its redirect) or the form with a message.
      if (request.responseURL && request.responseURL.indexOf('/admin/import/') >= 0) {
        window.location.assign(request.responseURL);
      } else {
        document.open();
        document.write(request.responseText);
        document.close();
      }
    });
    request.addEventListener('error', function () { reset(box.dataset.failed); });
    request.addEventListener('abort', function () { reset(box.dataset.cancelled); });
    box.hidden = false;
    submit.disabled = true;
    cancel.disabled = false;
    show(box.dataset.uploading + ' 0%', 0);
    request.send(new FormData(form));
  });

  cancel.addEventListener('click', function () {
    if (request) {
      request.abort();
    }
  });
});
