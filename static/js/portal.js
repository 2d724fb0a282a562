/* Small enhancements; every page works without this file.
   Filter forms marked data-autosubmit apply a choice as soon as it changes (the submit button
   stays for readers without JavaScript). */
(function () {
  "use strict";
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.setAttribute("data-autosubmit", "on");  // the stylesheet then lets its buttons rest
    form.addEventListener("change", function (event) {
      var target = event.target;
      // Typing in a text box waits for Enter or the button; boxes and selects apply at once.
      if (target.matches("input[type=checkbox], input[type=radio], select")) {
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
    });
  });
})();

/* Disclosures marked data-open-wide start open on wide screens (the stylesheet does this too
   where the browser can style a disclosure's content). */
(function () {
  "use strict";
  if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) { details.open = true; });
  }
})();
