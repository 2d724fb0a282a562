/*
 * Persian digits, and Persian commas, in the text of the Persian admin.
 *
 * Wagtail writes its counts with ASCII digits: the sidebar's "new items" badge (drawn by its
 * React sidebar in the browser), "1 تا 15 از 15 صفحه" above a listing, "صفحه 1 از 3" and the
 * page links of its paginators, "229 صفحه" on the dashboard. static/css/admin.css already
 * draws 0-9 as ۰-۹ there; this file makes the text itself Persian, so that what is read aloud
 * (the badge's "(۲ مورد تازه در این منو)"), copied or searched on the page says the same.
 *
 * It changes the same text the font does, and no more: never what people type or edit (form
 * fields, rich text being edited), code, a run marked left-to-right, English text, or a Latin word
 * standing alone such as a username. It runs for Persian admin pages only (<html lang="fa">)
 * and follows what scripts draw later.
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

  // English text in the Persian admin keeps its digits: an English page's title in the
  // editor's header and breadcrumbs, the explorer, search, reports, choosers and dashboard reads
  // "214 sessions", not "۲۱۴ sessions". Text marked with another language is English; so is a
  // title (in the places below) with Latin letters and no Persian ones, the portal's two
  // languages, which is marked lang="en" here so that admin.css draws it with Latin digits too.
  var TITLES =
    "[data-w-breadcrumbs], td.title, .title-wrapper, .w-header__title, .w-header__subtitle, " +
    ".w-breadcrumbs__sublabel, h1, h2, h3";
  var ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  var LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

  function english(element) {
    var marked = element.closest("[lang]");
    if (marked && (marked.getAttribute("lang") || "").slice(0, 2).toLowerCase() !== "fa") {
      return true;
    }
    var text = element.textContent;
    if (!element.closest(TITLES) || !LATIN_LETTER.test(text) || ARABIC_SCRIPT.test(text)) {
      return false;
    }
    element.setAttribute("lang", "en");
    return true;
  }

  // A code in a help text («مانند T-1405-012») is written as the field takes it: whole, left
  // to right, with its Latin digits. Turned Persian inside the sentence it read «۰۱۲-۱۴۰۵-T».
  var CODE = /[A-Za-z]+(?:[-\/][A-Za-z0-9]+)+/g;
  var HELP = ".help, .w-field__help";

  function markCodes(node) {
    var parent = node.parentElement;
    var text = node.nodeValue;
    CODE.lastIndex = 0;
    if (!parent.closest(HELP) || !CODE.test(text)) {
      return false;
    }
    var fragment = document.createDocumentFragment();
    var words = [];
    var last = 0;
    var match;
    CODE.lastIndex = 0;
    while ((match = CODE.exec(text))) {
      words.push(fragment.appendChild(document.createTextNode(text.slice(last, match.index))));
      var code = fragment.appendChild(document.createElement("bdi"));
      code.dir = "ltr";
      code.lang = "en";
      code.textContent = match[0];
      last = match.index + match[0].length;
    }
    words.push(fragment.appendChild(document.createTextNode(text.slice(last))));
    parent.replaceChild(fragment, node);
    words.forEach(persianText);
    return true;
  }

  // A Latin word with digits standing alone in its element (a username such as «ali1360» in the
  // users listing, an e-mail address, a file name) is typed as it is written: turned Persian it
  // read «ali۱۳۶۰», which no one can sign in with. Its element is marked lang="en" (admin.css
  // then draws its digits Latin too).
  var IDENTIFIER = /^[A-Za-z][\w.@+-]*$/;

  function markIdentifier(node, parent) {
    var word = node.nodeValue.trim();
    if (!IDENTIFIER.test(word) || parent.textContent.trim() !== word) {
      return false;
    }
    parent.setAttribute("lang", "en");
    return true;
  }

  // Wagtail joins names with ", " (the workflows a step is used on, «تأیید اعلان, تأیید مدیر کل»);
  // after a Persian word, or a number in Persian text, the comma is «،».
  var LATIN_COMMA = /([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF0-9]),(?=\s|$)/g;

  function persianText(node) {
    var text = node.nodeValue;
    LATIN_COMMA.lastIndex = 0;
    if (!LATIN.test(text) && !LATIN_COMMA.test(text)) {
      return;
    }
    var parent = node.parentElement;
    if (!parent || parent.closest(KEEP) || english(parent) || markIdentifier(node, parent) || markCodes(node)) {
      return;
    }
    node.nodeValue = text
      .replace(/[0-9]/g, function (digit) {
        return PERSIAN[Number(digit)];
      })
      .replace(LATIN_COMMA, "$1،");
  }

  function persianTree(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      persianText(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE || root.closest(KEEP)) {
      return;
    }
    // Read first, changed after: a code in a help text replaces its text node.
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
    }
    nodes.forEach(persianText);
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
