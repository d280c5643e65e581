// govern serve: reloads the page when its HTML changed, and shows the data's problems over it.
// Served only by `govern serve`, added to the pages it serves; a built site never contains it.
(function () {
  "use strict";
  var script = document.currentScript;
  var hash = script ? script.getAttribute("data-page-hash") || "" : "";
  var panel = null;
  var status = null;

  // Announces changes to screen-reader users without moving their focus.
  function announce(text) {
    if (!status) {
      status = document.createElement("div");
      status.id = "govern-serve-status";
      status.className = "govern-serve-hidden";
      status.setAttribute("role", "status");
      (document.querySelector("main") || document.body).appendChild(status);
    }
    status.textContent = text;
  }

  function show(lines) {
    if (panel) { panel.remove(); }
    panel = document.createElement("section");
    panel.id = "govern-serve-problems";
    panel.className = "govern-serve";
    panel.setAttribute("aria-labelledby", "govern-serve-title");
    var title = document.createElement("h2");
    title.id = "govern-serve-title";
    title.textContent = lines[0];
    var note = document.createElement("p");
    note.textContent = "Save a fix and this panel closes by itself.";
    var list = document.createElement("ul");
    list.className = "govern-serve-list";
    // A list taller than the panel scrolls: it takes focus so the keyboard can scroll it too.
    list.setAttribute("tabindex", "0");
    list.setAttribute("aria-label", "Problems");
    lines.slice(1).forEach(function (line) {
      var item = document.createElement("li");
      var code = document.createElement("code");
      code.textContent = line; // text, never markup: a message may quote anything from the data
      item.appendChild(code);
      list.appendChild(item);
    });
    var hide = document.createElement("button");
    hide.type = "button";
    hide.textContent = "Hide";
    hide.addEventListener("click", function () {
      panel.hidden = true;
    });
    panel.appendChild(title);
    panel.appendChild(note);
    panel.appendChild(list);
    panel.appendChild(hide);
    document.body.appendChild(panel);
    announce(lines[0]);
  }

  function clear() {
    if (panel) {
      panel.remove();
      panel = null;
      announce("The problems are fixed.");
    }
  }

  if (!window.EventSource) { return; }
  var events = new EventSource("/__govern/events?page=" + encodeURIComponent(location.pathname)
    + "&hash=" + encodeURIComponent(hash));
  // Marks the page as listening (the browser test waits for it before it edits a file).
  events.addEventListener("open", function () {
    document.documentElement.setAttribute("data-govern-serve", "listening");
  });
  events.addEventListener("reload", function () {
    events.close();
    location.reload();
  });
  events.addEventListener("problems", function (event) {
    show(event.data.split("\n"));
  });
  events.addEventListener("ok", clear);
})();
