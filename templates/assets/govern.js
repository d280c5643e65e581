// govern: progressive enhancement only. Every page works without this script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.querySelectorAll("[data-filter-table]").forEach(function (form) {
    var table = document.getElementById(form.getAttribute("data-filter-table"));
    if (!table) { return; }
    var controls = form.querySelectorAll("select, input");
    var count = form.querySelector(".count");
    function apply() {
      var shown = 0;
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var visible = true;
        controls.forEach(function (control) {
          var key = control.getAttribute("data-key");
          var value = control.value.trim().toLowerCase();
          if (!value) { return; }
          var cell = key === "text" ? row.textContent.toLowerCase() : (row.getAttribute("data-" + key) || "");
          if (key === "text" ? cell.indexOf(value) < 0 : cell !== value) { visible = false; }
        });
        row.hidden = !visible;
        if (visible) { shown++; }
      });
      if (count) { count.textContent = shown + " shown"; }
    }
    // Filtering is live; Enter in the text box must not submit (and reload) the page.
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    controls.forEach(function (control) {
      control.addEventListener("input", apply);
      control.addEventListener("change", apply);
    });
    apply();
  });
})();
