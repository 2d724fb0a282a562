/* Small enhancements; every page works without this file.
   Filter forms marked data-autosubmit apply a ticked or cleared box at once. Only a box: a
   select or a group of radio buttons changes its value at every arrow key the keyboard presses
   on it, so applying each change would take a keyboard user to another page at the first arrow
   (WCAG 3.2.2); those, and text, wait for the form's Apply button, which is always there. The
   reload that follows a box would fold a phone's filters away again and send the keyboard back
   to the top of the page, so the box just changed is remembered for this tab and, on the page
   that answers, its filters reopen with it focused. */
(function () {
  "use strict";
  var KEY = "portal.autosubmit.changed";

  function remember(field) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, name: field.name, value: field.value }));
    } catch (error) { /* storage off: the filters simply start folded */ }
  }

  function recall() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(KEY));
      sessionStorage.removeItem(KEY);
      return saved && saved.path === location.pathname ? saved : null;
    } catch (error) { return null; }
  }

  function field(form, saved) {
    var named = Array.prototype.filter.call(form.elements, function (element) { return element.name === saved.name; });
    var exact = named.filter(function (element) { return element.value === saved.value; });
    return (named.length > 1 ? exact[0] : named[0]) || null;
  }

  var saved = recall();
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.setAttribute("data-autosubmit", "on");  // the stylesheet then lets its buttons rest
    // The form's note that a box applies at once is shown, and read with each group of boxes,
    // only here, where it is true: without this script a box waits for the Apply button.
    form.querySelectorAll("[data-autosubmit-note]").forEach(function (note) {
      note.hidden = false;
      form.querySelectorAll("fieldset").forEach(function (group) {
        var described = (group.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        group.setAttribute("aria-describedby", described.concat(note.id).join(" "));
      });
    });
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target.matches("input[type=checkbox]")) {
        remember(target);
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
    });
    var changed = saved && field(form, saved);
    if (changed) {
      var details = changed.closest("details");
      if (details) { details.open = true; }
      changed.focus();
    }
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

/* A printout holds the FAQ's answers, not only its questions: folded answers open for printing
   and fold again afterwards (the stylesheet does this too where the browser lets it). */
(function () {
  "use strict";
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.slice.call(document.querySelectorAll("details.faq:not([open])"));
    opened.forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
})();

/* Escape folds the phone's open menu and puts the keyboard back on its toggle, as people
   expect of a menu (on wide screens the menu is always shown and Escape does nothing). */
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var menu = document.querySelector("details.site-menu[open]");
    var toggle = menu && menu.querySelector("summary");
    if (toggle && toggle.offsetParent !== null) {
      menu.open = false;
      toggle.focus();
    }
  });
})();

/* The print header's date is the day of printing, not the day the page was rendered: a page is
   cached until its content changes, so the server's date may be days old. The server's date
   stays for a browser without this script. Same pattern as the server's: «۳ آذر ۱۴۰۵» on
   Persian pages (Jalali, Persian digits), "24 November 2026" on English ones. */
(function () {
  "use strict";
  var LOCALES = { fa: "fa-IR-u-ca-persian-nu-arabext", en: "en-GB-u-ca-gregory-nu-latn" };

  function today() {
    var element = document.querySelector(".print-header time");
    var locale = LOCALES[document.documentElement.lang.slice(0, 2)];
    if (!element || !locale || !window.Intl || !Intl.DateTimeFormat.prototype.formatToParts) return;
    var now = new Date();
    var parts = {};
    new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" })
      .formatToParts(now)
      .forEach(function (part) { parts[part.type] = part.value; });
    element.textContent = parts.day + " " + parts.month + " " + parts.year;
    element.setAttribute("datetime", now.toISOString().replace(/\.\d+Z$/, "Z"));
  }

  today();
  window.addEventListener("beforeprint", today);
})();
