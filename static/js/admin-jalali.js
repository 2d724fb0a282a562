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

  // Whether the picker's calendar (one <jdp-container> for the page) is open.
  function shown(container) {
    return !!container && container.style.visibility === "visible" && container.style.display !== "none";
  }

  function isJalaliInput(element) {
    return element instanceof HTMLInputElement && element.hasAttribute("data-jdp");
  }

  // The picker reads the field's value with Latin-digit patterns: give it Latin digits
  // while the field has focus (before the picker's own focus handler runs). Setting the value
  // put the caret at its end and dropped the selection the browser had just made (Tab selects
  // the whole value): typing a new date was appended to the old one («1405/09/15 12:21» then
  // «1405/09/14 09:30» in one box, refused on save). The selection is kept: all of it
  // selected again, or the caret where it was (each digit is one character in either script).
  function rewriteKeepingSelection(input, text) {
    if (input.value === text) {
      return;
    }
    var start = input.selectionStart;
    var end = input.selectionEnd;
    var direction = input.selectionDirection || "none";
    var whole = input.value.length > 0 && start === 0 && end === input.value.length;
    input.value = text;
    if (whole) {
      input.setSelectionRange(0, text.length, direction);
    } else if (start !== null && end !== null) {
      input.setSelectionRange(Math.min(start, text.length), Math.min(end, text.length), direction);
    }
  }

  document.addEventListener(
    "focusin",
    function (event) {
      if (isJalaliInput(event.target)) {
        rewriteKeepingSelection(event.target, toLatin(event.target.value));
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
    // Leaving the field with Tab closes the calendar, unless focus went into it, or into the
    // next date field, whose calendar it now is.
    var container = document.querySelector("jdp-container");
    if (!container || !event.relatedTarget || !container.contains(event.relatedTarget)) {
      window.setTimeout(function () {
        var now = document.activeElement;
        if (now !== input && !isJalaliInput(now) && window.jalaliDatepicker) {
          window.jalaliDatepicker.hide();
        }
      }, 0);
    }
  });

  // A press in the calendar leaves the focus in its field. Left to the browser, a press on a day
  // (which cannot take the focus) took it from the field at once, and the field's leaving closed
  // the calendar (above) before the press ended: a day held under the mouse as long as a person
  // holds a click (a tenth of a second) was never picked, and the release landed on whatever lay
  // behind. The calendar's own lists (year, month, hour, minute) still take the focus, which
  // stays inside the calendar. The month's arrows keep it open; a picked day closes it (below).
  document.addEventListener(
    "mousedown",
    function (event) {
      var container = document.querySelector("jdp-container");
      if (container && container.contains(event.target) && !event.target.closest("select, input, textarea")) {
        event.preventDefault();
      }
    },
    true
  );

  // A day picked closes the calendar (a date-time field's too, which the picker leaves open),
  // the day already chosen as well. The picker has drawn the calendar afresh by the time the
  // click reaches the document, but the click's target is still the day that was clicked; a
  // day out of the allowed range (`disabled-day`) picks nothing and closes nothing. The field
  // keeps the focus and shows the picked date in Persian digits at once, as a field left does
  // (the picker writes Latin ones; they come back whenever the calendar opens again, below).
  document.addEventListener("click", function (event) {
    var day = event.target instanceof Element ? event.target.closest(".jdp-day") : null;
    if (day && !day.classList.contains("disabled-day") && window.jalaliDatepicker) {
      if (shown(document.querySelector("jdp-container"))) {
        window.jalaliDatepicker.hide();
      }
      if (calendarInput && document.activeElement === calendarInput) {
        rewriteKeepingSelection(calendarInput, toPersian(calendarInput.value));
      }
    }
  });

  // Open the calendar of a field that already has the focus (the picker opens it on focus only),
  // after giving the picker the Latin digits it reads the field's date in.
  function showCalendar(input) {
    rewriteKeepingSelection(input, toLatin(input.value));
    calendarInput = input;
    window.jalaliDatepicker.show(input);
  }

  // A day picked in the calendar is written in Latin digits; a field that no longer has the focus
  // shows it in Persian like the other fields (one being typed in keeps Latin digits).
  document.addEventListener(
    "change",
    function (event) {
      var input = event.target;
      if (isJalaliInput(input) && document.activeElement !== input) {
        input.value = toPersian(input.value);
      }
    },
    true
  );

  // Wagtail 8's editor reads the form's data every half second and autosaves a draft as soon
  // as it differs from the data on load. Focus alone turned a date field's digits Latin
  // (above), which read as a change: an editor who only clicked a date left a new revision
  // and "changes not published" behind (and, on a new page, a failed autosave's error). So
  // the form's data always carries date fields in Latin digits, whatever the field shows, and
  // only another date is a change. The server reads either digits. Each date field's entries
  // are moved to the end, on load as later, so the data compares in the same order.
  document.addEventListener("formdata", function (event) {
    var data = event.formData;
    var names = {};
    Array.prototype.forEach.call(event.target.elements || [], function (element) {
      if (isJalaliInput(element) && element.name) {
        names[element.name] = true;
      }
    });
    Object.keys(names).forEach(function (name) {
      var values = data.getAll(name);
      data.delete(name);
      values.forEach(function (value) {
        data.append(name, typeof value === "string" ? toLatin(value) : value);
      });
    });
  });

  // Escape closes an open calendar but keeps the focus in the field (the picker's own
  // Escape handler would also blur it, and the typing would go nowhere).
  window.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Escape" || !isJalaliInput(event.target) || !window.jalaliDatepicker) {
        return;
      }
      if (shown(document.querySelector("jdp-container"))) {
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
      showCalendar(event.target);
    }
  });

  // A click opens it too: the picker opens it only when the field gains focus, so a click on
  // the field it was closed in (with Escape) did nothing.
  document.addEventListener("click", function (event) {
    if (isJalaliInput(event.target) && window.jalaliDatepicker && !shown(document.querySelector("jdp-container"))) {
      showCalendar(event.target);
    }
  });

  // Where the calendar opens. The picker puts it under the field's left end, far from the
  // label and the start of a full-width field in the RTL admin, and above the field when the
  // room below is short, over the field above (the requests desk's status). Here it opens
  // under the field's start (its right end in Persian); when the room below is short, the page
  // first scrolls to make it, and the calendar turns upward only when the page cannot. On a
  // phone the picker's stylesheet makes the calendar a sheet at the bottom of the screen: the
  // page scrolls so that the field stays above it. "Below" ends at the editor's footer (Save,
  // Publish), fixed at the bottom of a wide screen, at the end of the form on a phone: left to
  // the picker, the calendar opened over it, and a click on Save after typing a date landed on
  // the calendar, not the button.
  var CALENDAR_MARGIN = 8;
  var phoneSheet = window.matchMedia("only screen and (max-width: 481px)");
  var calendarInput = null;
  var calendarOpen = false;

  // A mouse press that focuses a field opens its calendar at once, and the page scrolled to
  // make room under it then and there: a triple-click's next two clicks landed on what had
  // moved under the pointer (a label, selected instead of the date). The page makes room only
  // once the clicks are over (no press in a date field for a double-click's time); until then
  // the calendar opens where it fits, above the field or over the footer.
  var CLICKS_OVER_AFTER = 500;
  var lastPress = -Infinity;
  var roomTimer = null;

  document.addEventListener(
    "pointerdown",
    function (event) {
      if (isJalaliInput(event.target) && event.pointerType === "mouse") {
        lastPress = performance.now();
      }
    },
    true
  );

  function makeRoomOnceStill(input, container) {
    window.clearTimeout(roomTimer);
    // The page's own clock, which only moves forward: with a wall clock that stood still or was
    // set back, the wait never ended and the calendar was placed again every half second.
    var wait = lastPress + CLICKS_OVER_AFTER - performance.now();
    if (wait <= 0) {
      makeRoomBelow(input, container);
      return;
    }
    roomTimer = window.setTimeout(function () {
      if (calendarOpen && calendarInput === input && input.isConnected) {
        makeRoomOnceStill(input, container);
        placeCalendar(container);
      }
    }, wait);
  }

  document.addEventListener(
    "focusin",
    function (event) {
      if (isJalaliInput(event.target)) {
        calendarInput = event.target;
      }
    },
    true
  );

  function scrollParent(element) {
    for (var parent = element.parentElement; parent; parent = parent.parentElement) {
      var overflow = getComputedStyle(parent).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && parent.scrollHeight > parent.clientHeight) {
        return parent;
      }
    }
    return document.scrollingElement || document.documentElement;
  }

  // Where the room for the calendar ends at the bottom of the screen: the top of the editor's
  // footer where it shows (not for a dialog's field: the dialog covers the footer).
  function roomBottom(input) {
    var footer = document.querySelector("footer.footer");
    if (!footer || input.closest("dialog, [role=dialog]")) {
      return window.innerHeight;
    }
    var rect = footer.getBoundingClientRect();
    if (!rect.height || rect.top >= window.innerHeight || rect.bottom <= 0) {
      return window.innerHeight;
    }
    return Math.max(rect.top, 0);
  }

  // Where the screen's free room starts at the top: under the editor's sticky header (51px
  // wide, 151px on a phone), which a field scrolled up to make room went under.
  function roomTop(input) {
    var header = document.querySelector("header.w-slim-header");
    var sticky = header && (header.closest(".w-sticky") || header);
    if (!sticky || input.closest("dialog, [role=dialog]")) {
      return 0;
    }
    return Math.max(sticky.getBoundingClientRect().bottom, 0);
  }

  // Scroll the field's page up by what the calendar lacks below it, if the page can, keeping
  // the field itself (and its label's line) on the screen, below the sticky header.
  function makeRoomBelow(input, container) {
    var field = input.getBoundingClientRect();
    var height = container.offsetHeight;
    var bottom = roomBottom(input);
    var calendarTop = phoneSheet.matches ? bottom - height : field.bottom;
    var lacking = phoneSheet.matches
      ? field.bottom + CALENDAR_MARGIN - calendarTop
      : calendarTop + height + CALENDAR_MARGIN - bottom;
    if (lacking <= 0) {
      return;
    }
    var scroller = scrollParent(input);
    var room = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
    var top = Math.max(scroller.getBoundingClientRect().top, roomTop(input));
    if (room >= lacking && field.top - lacking >= top) {
      scroller.scrollBy({ top: Math.ceil(lacking), behavior: "instant" });
    }
  }

  // The picker shows its calendar at once and again at the end of its 300 ms opening, from a
  // timer that no close cancels: closed in between (a quick typist's Escape, a quick Tab, a
  // click elsewhere), it came back by itself, over the footer's Save. A real opening draws the
  // calendar afresh (its children change); the timer only sets its style. So a closed calendar
  // shown again with no new drawing is closed again. `changes` are the observer's records.
  function reshownByTheTimer(container, changes) {
    return (
      shown(container) &&
      !calendarOpen &&
      !!changes &&
      !changes.some(function (change) {
        return change.type === "childList";
      })
    );
  }

  function placeCalendar(container, changes) {
    if (reshownByTheTimer(container, changes)) {
      window.jalaliDatepicker.hide();
      return;
    }
    var visible = shown(container);
    var opening = visible && !calendarOpen;
    calendarOpen = visible;
    var input = calendarInput;
    if (!visible || !input || !input.isConnected) {
      return;
    }
    if (opening) {
      makeRoomOnceStill(input, container);
    }
    var bottom = roomBottom(input);
    if (phoneSheet.matches) {
      // The sheet (the picker's stylesheet pins it to the screen's bottom) stands on the footer,
      // and the veil over the page behind it stops there too.
      var lift = window.innerHeight - bottom + "px";
      if (container.style.getPropertyValue("bottom") !== lift) {
        container.style.setProperty("bottom", lift, "important");
      }
      var veil = document.querySelector("jdp-overlay");
      if (veil && veil.style.height !== bottom + "px") {
        veil.style.height = bottom + "px";
      }
      return;
    }
    var field = input.getBoundingClientRect();
    var width = container.offsetWidth;
    var height = container.offsetHeight;
    var fitsBelow = field.bottom + height + CALENDAR_MARGIN <= bottom;
    var fitsAbove = field.top - height - CALENDAR_MARGIN >= 0;
    // Where neither fits, it ends above the footer, over the field's lower part if it must.
    var lowest = Math.max(0, Math.min(field.bottom, bottom - height - CALENDAR_MARGIN));
    var top = fitsBelow ? field.bottom : fitsAbove ? field.top - height : lowest;
    var rtl = getComputedStyle(input.parentElement).direction === "rtl";
    var left = rtl ? field.right - width : field.left;
    left = Math.max(CALENDAR_MARGIN, Math.min(left, document.documentElement.clientWidth - width - CALENDAR_MARGIN));
    // Only a change is written: each write calls this again (the observer below).
    if (container.style.left !== left + "px") {
      container.style.left = left + "px";
    }
    if (container.style.top !== top + "px") {
      container.style.top = top + "px";
    }
  }

  // The picker draws its calendar (one <jdp-container> for the page, made when it first opens)
  // and moves it on every scroll; each time, it is put back in its place here.
  function watchCalendar() {
    var observed = null;
    var placer = new MutationObserver(function (changes) {
      placeCalendar(observed, changes);
    });
    var finder = new MutationObserver(function () {
      var container = document.querySelector("jdp-container");
      if (container && container !== observed) {
        observed = container;
        placer.disconnect();
        placer.observe(container, { attributes: true, attributeFilter: ["style"], childList: true });
        placeCalendar(container);
      }
    });
    finder.observe(document.body, { childList: true });
  }

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
    watchCalendar();
    window.jalaliDatepicker.startWatch({
      time: true,
      hasSecond: false,
      persianDigits: true,
      // A day picked in an empty date-time field comes at 00:00, the time the server reads for a
      // date typed without one; left to the picker it came at the minute of the tap (۰۲:۵۲), an
      // odd time for a deadline. A field that has a time keeps it (the picker reads it).
      initTime: { hour: 0, minute: 0, second: 0 },
      autoReadOnlyInput: false,
      showCloseBtn: true,
      // The month's arrows go on into the next year and back into the last: left to the picker,
      // the arrow after Esfand 1405 showed Farvardin 1405, and a deadline meant for the new
      // year was picked a year in the past.
      changeMonthRotateYear: true,
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
