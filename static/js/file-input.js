/* File fields: the browser writes "Choose File" and "No file chosen" in its own interface
   language, English on a Persian page (or admin screen). The field's template carries the page's
   words and loads this file, on the public site and in the admin alike; here the
   native control turns invisible (still the focusable, labelled control, stretched over the
   words so a tap anywhere opens the picker) and the chosen files' names are written out. The
   names are also what a screen reader hears: they describe the control (after its help text),
   and, a live region, are read out when files are chosen (the native «No file chosen» is gone). */
(function () {
  "use strict";
  var separator = document.documentElement.lang === "fa" ? "، " : ", ";
  document.querySelectorAll("[data-file-input]:not(.file-input--enhanced)").forEach(function (wrapper) {
    var input = wrapper.querySelector("input[type=file]");
    var names = wrapper.querySelector(".file-input__names");
    var none = names.textContent;
    wrapper.classList.add("file-input--enhanced");
    wrapper.querySelectorAll("[hidden]").forEach(function (element) { element.hidden = false; });
    names.id = (input.id || input.name) + "-chosen";
    names.setAttribute("aria-live", "polite");
    names.setAttribute("aria-atomic", "true");
    var described = input.getAttribute("aria-describedby");
    input.setAttribute("aria-describedby", (described ? described + " " : "") + names.id);
    input.addEventListener("change", function () {
      names.textContent = input.files.length ? "" : none;
      Array.prototype.forEach.call(input.files, function (file, index) {
        // Each name isolated: a Persian name ending in ".pdf" keeps its own order among the others.
        var name = document.createElement("bdi");
        name.textContent = file.name;
        if (index) { names.appendChild(document.createTextNode(separator)); }
        names.appendChild(name);
      });
    });
  });
})();
