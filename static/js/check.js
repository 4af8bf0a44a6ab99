// Upload page: refuse a too-large file before sending it, and say that the check is running.
(function () {
  "use strict";
  var form = document.querySelector("form.check-form");
  if (!form) { return; }
  var input = form.querySelector("input[type=file]");
  var notice = document.getElementById("check-error");
  var maxBytes = parseInt(form.getAttribute("data-max-bytes") || "0", 10);

  function tooLarge() {
    return maxBytes > 0 && input && input.files && input.files.length > 0 &&
      input.files[0].size > maxBytes;
  }

  function showError(message) {
    notice.textContent = message;
    notice.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.focus();
  }

  if (input) {
    input.addEventListener("change", function () {
      if (tooLarge()) {
        showError(form.getAttribute("data-too-large"));
      } else {
        notice.hidden = true;
        input.removeAttribute("aria-invalid");
      }
    });
  }

  form.addEventListener("submit", function (event) {
    if (tooLarge()) {
      event.preventDefault();
      showError(form.getAttribute("data-too-large"));
      return;
    }
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.textContent = form.getAttribute("data-busy");
      button.setAttribute("aria-busy", "true");
    }
  });
})();
