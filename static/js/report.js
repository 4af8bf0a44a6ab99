// Report page: "Listen" reads the summary aloud in the page's language; "Print" prints it.
(function () {
  "use strict";
  var listen = document.querySelector("[data-listen]");
  var print = document.querySelector("[data-print]");
  var lang = document.documentElement.getAttribute("lang") || "en";

  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  if (!listen || !("speechSynthesis" in window)) { return; }

  var speech = window.speechSynthesis;
  var label = listen.textContent;
  var stopLabel = listen.getAttribute("data-stop-label") || label;

  function summaryText() {
    var parts = [];
    document.querySelectorAll("[data-speak]").forEach(function (el) {
      parts.push(el.innerText.trim());
    });
    return parts.join("\n");
  }

  function voiceFor(code) {
    var voices = speech.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang && voices[i].lang.toLowerCase().indexOf(code.toLowerCase()) === 0) {
        return voices[i];
      }
    }
    return null;
  }

  function reset() {
    listen.textContent = label;
    listen.setAttribute("aria-pressed", "false");
  }

  listen.hidden = false;
  listen.setAttribute("aria-pressed", "false");
  listen.addEventListener("click", function () {
    if (speech.speaking) {
      speech.cancel();
      reset();
      return;
    }
    var utterance = new SpeechSynthesisUtterance(summaryText());
    utterance.lang = lang;
    var voice = voiceFor(lang);
    if (voice) { utterance.voice = voice; }
    utterance.onend = reset;
    utterance.onerror = reset;
    listen.textContent = stopLabel;
    listen.setAttribute("aria-pressed", "true");
    speech.speak(utterance);
  });
})();
