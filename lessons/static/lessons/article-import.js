// Says at once when a pasted text or a chosen file is over 1 MB, before the browser sends it:
// a paste over 2 MB would otherwise be refused by the server before Byline could explain, and the
// text would be lost. Without JavaScript the server's own check says the same for up to 2 MB.
(function () {
  "use strict";
  var LIMIT = 1024 * 1024;
  var form = document.querySelector("form.import-form");
  if (!form) return;
  var text = form.querySelector("textarea[name=text]");
  var file = form.querySelector("input[type=file][name=file]");
  var note = document.getElementById("size-note");

  function megabytes(bytes) { return (bytes / 1024 / 1024).toFixed(2) + " MB"; }

  function problem() {
    var pasted = new Blob([text.value]).size;
    if (pasted > LIMIT) return "The text is " + megabytes(pasted) + "; an article can be at most 1 MB.";
    var chosen = file && file.files.length ? file.files[0] : null;
    if (chosen && chosen.size > LIMIT) {
      return chosen.name + " is " + megabytes(chosen.size) + "; an article can be at most 1 MB.";
    }
    return "";
  }

  function check() { note.textContent = problem(); note.hidden = !note.textContent; }

  if (file) file.addEventListener("change", check);
  form.addEventListener("submit", function (event) {
    check();
    if (note.textContent) {
      event.preventDefault();
      note.focus();
    }
  });
})();
