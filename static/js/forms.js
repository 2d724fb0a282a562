/*
 * Forms that explain themselves (GOV.UK error pattern). Without JavaScript the error summary
 * still takes focus through `autofocus`, and its links still jump to the fields.
 * - Focus moves to the error summary, or to a confirmation marked data-focus-on-load.
 * - A summary link focuses its field and scrolls its label or legend into view, so the
 *   question is visible above the input (a plain #id jump hides it under the top edge).
 */
(function () {
  "use strict";

  function labelFor(input) {
    var fieldset = input.closest("fieldset");
    if (fieldset && input.type && (input.type === "radio" || input.type === "checkbox")) {
      return fieldset.querySelector("legend");
    }
    return document.querySelector("label[for='" + input.id + "']");
  }

  function start() {
    var target = document.querySelector("[data-error-summary], [data-focus-on-load]");
    if (target && document.activeElement !== target) {
      // Scroll up or down to it, not sideways.
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start", inline: "nearest" });
    }
    var links = document.querySelectorAll("[data-error-summary] a[href^='#']");
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("click", function (event) {
        var input = document.getElementById(link.getAttribute("href").slice(1));
        if (!input) {
          return;
        }
        event.preventDefault();
        (labelFor(input) || input).scrollIntoView();
        input.focus({ preventScroll: true });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
