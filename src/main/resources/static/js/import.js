// Shows that an upload is being read once it is sent: parsing a large file takes a while, and the
// page would otherwise look frozen. A static file, since the content security policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function () {
    var notice = document.getElementById('parsing');
    if (notice) {
      notice.hidden = false;
    }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.disabled = true;
    }
  });
});
