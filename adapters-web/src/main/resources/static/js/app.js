// partvote pages: the few things a server-rendered page cannot do alone. No inline script anywhere.
(function () {
  "use strict";

  // Countdowns: <span data-countdown="ISO instant" data-label="..." data-days="d" data-over="...">
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function tick() {
    document.querySelectorAll("[data-countdown]").forEach(function (el) {
      var left = Date.parse(el.dataset.countdown) - Date.now();
      if (isNaN(left)) { return; }
      if (left <= 0) { el.textContent = el.dataset.over; return; }
      var s = Math.floor(left / 1000), d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600),
          m = Math.floor(s % 3600 / 60);
      el.textContent = el.dataset.label + " " + (d > 0 ? d + el.dataset.days + " " : "") + pad(h) + ":" + pad(m) + ":" + pad(s % 60);
    });
  }

  // At most n: once n boxes are ticked, the others are disabled with the rule's reason
  function limitBallot(form) {
    var max = parseInt(form.dataset.max, 10);
    if (!max || max <= 1) { return; }
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox][name=choice]"))
      .filter(function (b) { return !b.disabled; });
    function apply() {
      var full = boxes.filter(function (b) { return b.checked; }).length >= max;
      boxes.forEach(function (b) {
        var why = document.getElementById("limit-" + b.value);
        var off = full && !b.checked;
        b.disabled = off;
        if (why) {
          why.hidden = !off;
          why.textContent = off ? form.dataset.maxReason : "";
          if (off) { b.setAttribute("aria-describedby", why.id); } else { b.removeAttribute("aria-describedby"); }
        }
      });
    }
    boxes.forEach(function (b) { b.addEventListener("change", apply); });
    apply();
  }

  // A form that asks first (closing an election, disabling a member)
  function confirmForms() {
    document.querySelectorAll("form[data-confirm]").forEach(function (f) {
      f.addEventListener("submit", function (e) {
        if (!window.confirm(f.dataset.confirm)) { e.preventDefault(); }
      });
    });
  }

  // The roll's pasted text travels as a form field, which the server caps (data-paste-limit bytes);
  // a larger paste is sent as the file it could have been, so that it gets the file's allowance
  function rollUpload(form) {
    var text = document.getElementById("roll-csv"), file = document.getElementById("roll-file");
    var limit = parseInt(form.dataset.pasteLimit, 10);
    if (!text || !file || !limit || typeof DataTransfer === "undefined") { return; }
    form.addEventListener("submit", function () {
      if (file.files.length > 0 || new Blob([text.value]).size <= limit) { return; }
      var pasted = new DataTransfer();
      pasted.items.add(new File([text.value], "roll.csv", { type: "text/csv" }));
      file.files = pasted.files;
      text.disabled = true; // a disabled field is not sent
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    if (document.querySelector("[data-countdown]")) { setInterval(tick, 1000); }
    var ballot = document.getElementById("ballot");
    if (ballot) { limitBallot(ballot); }
    var roll = document.getElementById("roll-form");
    if (roll) { rollUpload(roll); }
    confirmForms();
  });
})();
