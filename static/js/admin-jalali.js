/*
 * Jalali date picking in the Wagtail admin (Persian staff only: the server renders
 * <input data-jdp> for them, and Wagtail's Gregorian picker for everyone else).
 *
 * The picker is @majidh1/jalalidatepicker (static/vendor/jalalidatepicker). The server reads
 * whatever is typed (Persian or Latin digits) and is the judge of what is a date; this file
 * only helps: it opens the calendar, and shows Persian digits outside editing.
 */
(function () {
  "use strict";

  // The admin's time zone (the staff member's, else the site's), given by the server on this
  // script's tag; read now, while this script is the one running.
  var script = document.currentScript;
  var adminTimeZone = (script && script.getAttribute("data-time-zone")) || undefined;

  var PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
  var ARABIC = "٠١٢٣٤٥٦٧٨٩";

  function toLatin(text) {
    return text.replace(/[۰-۹٠-٩]/g, function (digit) {
      var index = PERSIAN.indexOf(digit);
      return String(index >= 0 ? index : ARABIC.indexOf(digit));
    });
  }

  function toPersian(text) {
    return text.replace(/[0-9]/g, function (digit) {
      return PERSIAN[Number(digit)];
    });
  }

  function isJalaliInput(element) {
    return element instanceof HTMLInputElement && element.hasAttribute("data-jdp");
  }

  // The picker reads the field's value with Latin-digit patterns: give it Latin digits
  // while the field has focus (before the picker's own focus handler runs).
  document.addEventListener(
    "focusin",
    function (event) {
      if (isJalaliInput(event.target)) {
        event.target.value = toLatin(event.target.value);
      }
    },
    true
  );

  document.addEventListener("focusout", function (event) {
    var input = event.target;
    if (!isJalaliInput(input)) {
      return;
    }
    input.value = toPersian(input.value);
    // Leaving the field with Tab closes the calendar, unless focus went into it.
    var container = document.querySelector("jdp-container");
    if (!container || !event.relatedTarget || !container.contains(event.relatedTarget)) {
      window.setTimeout(function () {
        if (document.activeElement !== input && window.jalaliDatepicker) {
          window.jalaliDatepicker.hide();
        }
      }, 0);
    }
  });

  // Escape closes an open calendar but keeps the focus in the field (the picker's own
  // Escape handler would also blur it, and the typing would go nowhere).
  window.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Escape" || !isJalaliInput(event.target) || !window.jalaliDatepicker) {
        return;
      }
      var container = document.querySelector("jdp-container");
      if (container && container.style.visibility === "visible") {
        event.stopPropagation();
        window.jalaliDatepicker.hide();
      }
    },
    true
  );

  // Alt+ArrowDown opens the calendar from the keyboard after it was closed with Escape.
  document.addEventListener("keydown", function (event) {
    if (isJalaliInput(event.target) && event.altKey && event.key === "ArrowDown" && window.jalaliDatepicker) {
      event.preventDefault();
      window.jalaliDatepicker.show(event.target);
    }
  });

  // StreamField date blocks are drawn in the browser by Wagtail's telepath widgets, which
  // call initDateChooser / initDateTimeChooser (the Gregorian picker). For Persian staff the
  // server already sends and reads Jalali text for them; here they get the Jalali picker too.
  var persian = (document.documentElement.lang || "").slice(0, 2) === "fa";

  // Wagtail formats some dates in the browser (a comment's date and time in the page
  // editor) with Intl.DateTimeFormat and no language, that is the browser's own. Persian
  // staff get the admin's language instead: the Jalali calendar and Persian digits, even in
  // an English browser; and the admin's time zone, as the dates the server writes, rather
  // than the computer's (a comment at 01:30 on 1 Farvardin in Tehran is not on 29 Esfand).
  // This file loads before Wagtail's editor scripts.
  if (persian && window.Intl && typeof Intl.DateTimeFormat === "function" && !Intl.DateTimeFormat.adminLanguage) {
    var BrowserDateTimeFormat = Intl.DateTimeFormat;
    var AdminDateTimeFormat = function (locales, options) {
      var none = locales === undefined || (Array.isArray(locales) && locales.length === 0);
      if (adminTimeZone && !(options && options.timeZone)) {
        options = Object.assign({}, options, { timeZone: adminTimeZone });
      }
      return new BrowserDateTimeFormat(none ? document.documentElement.lang : locales, options);
    };
    AdminDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
    AdminDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
    AdminDateTimeFormat.adminLanguage = true;
    Intl.DateTimeFormat = AdminDateTimeFormat;
  }

  function jalaliChooser(onlyDate) {
    return function (id) {
      var input = document.getElementById(id);
      if (!input) {
        return;
      }
      input.setAttribute("data-jdp", "");
      input.setAttribute("dir", "ltr");
      if (onlyDate) {
        input.setAttribute("data-jdp-only-date", "");
      }
    };
  }

  function takeOverWagtailChoosers() {
    if (persian) {
      window.initDateChooser = jalaliChooser(true);
      window.initDateTimeChooser = jalaliChooser(false);
    }
  }

  takeOverWagtailChoosers();

  function start() {
    takeOverWagtailChoosers();
    if (!window.jalaliDatepicker) {
      return;
    }
    window.jalaliDatepicker.startWatch({
      time: true,
      hasSecond: false,
      persianDigits: true,
      autoReadOnlyInput: false,
      showCloseBtn: true,
      minDate: { year: 1300, month: 1, day: 1 },
      maxDate: { year: 1499, month: 12, day: 29 },
      // Above Wagtail's dialogs (the schedule dialog in the status panel).
      zIndex: 10000,
      separatorChars: { date: "/", between: " ", time: ":" },
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
