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
