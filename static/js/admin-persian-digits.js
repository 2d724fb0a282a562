/*
 * Persian digits in the text of the Persian admin.
 *
 * Wagtail writes its counts with ASCII digits: the sidebar's "new items" badge (drawn by its
 * React sidebar in the browser), "1 تا 15 از 15 صفحه" above a listing, "صفحه 1 از 3" and the
 * page links of its paginators, "229 صفحه" on the dashboard. static/css/admin.css already
 * draws 0-9 as ۰-۹ there; this file makes the text itself Persian, so that what is read aloud
 * (the badge's "(۲ مورد تازه در این منو)"), copied or searched on the page says the same.
 *
 * It changes the same text the font does, and no more: never what people type or edit (form
 * fields, rich text being edited), code, or a run marked left-to-right. It runs for Persian
 * admin pages only (<html lang="fa">) and follows what scripts draw later.
 */
(function () {
  "use strict";

  if ((document.documentElement.lang || "").slice(0, 2) !== "fa") {
    return;
  }

  var PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
  var LATIN = /[0-9]/;
  // Kept as they are: the exceptions of the digit font in admin.css, and what is edited in place.
  var KEEP =
    "script, style, template, noscript, input, textarea, select, [dir='ltr'], code, kbd, pre, " +
    ".w-field__input, [contenteditable], .js-translation-editor li > div > p";

  function persianText(node) {
    var text = node.nodeValue;
    if (!LATIN.test(text)) {
      return;
    }
    var parent = node.parentElement;
    if (!parent || parent.closest(KEEP)) {
      return;
    }
    node.nodeValue = text.replace(/[0-9]/g, function (digit) {
      return PERSIAN[Number(digit)];
    });
  }

  function persianTree(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      persianText(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE || root.closest(KEEP)) {
      return;
    }
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node = walker.nextNode();
    while (node) {
      persianText(node);
      node = walker.nextNode();
    }
  }

  function start() {
    persianTree(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        if (mutation.type === "characterData") {
          persianText(mutation.target);
        } else {
          mutation.addedNodes.forEach(persianTree);
        }
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
