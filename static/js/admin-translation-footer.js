/*
 * wagtail-localize's translation editor (a React app) makes the last action it offers the main
 * button of its footer: "Publish in English" for whoever may publish, but "Lock" («قفل») for a
 * section editor who may not, an action they never need (the translated strings save as they
 * are typed). What that editor needs is the portal's "Send for review"
 * (home/pages/translation_review.py): its panel above the editor names the button
 * (data-footer-send), or says the translation waits for review (data-footer-waiting). That
 * becomes the main button, submitting the panel's form with its note; wagtail-localize's own
 * main action moves into the menu beside it. Nothing changes for whoever may publish.
 */
(function () {
  "use strict";

  var MARK = "data-portal-footer-action";

  function mainButton(panel) {
    var send = panel.getAttribute("data-footer-send");
    var button = document.createElement("button");
    button.className = "button";
    button.setAttribute(MARK, "");
    if (send) {
      button.type = "submit";
      button.setAttribute("form", "translation-review-form");
      button.textContent = send;
    } else {
      button.type = "button";
      button.disabled = true;
      button.textContent = panel.getAttribute("data-footer-waiting");
    }
    return button;
  }

  function arrange(editor, panel) {
    var menu = editor.querySelector("footer .w-dropdown-button");
    if (!menu || menu.querySelector("[" + MARK + "]")) {
      return Boolean(menu);
    }
    var current = menu.firstElementChild;
    var list = menu.querySelector(".w-dropdown__content");
    if (current && list && !current.classList.contains("w-dropdown")) {
      // A copy goes into the menu (its Stimulus actions come with its attributes); React's
      // own node stays where React put it, hidden, so the app can still update it.
      var copy = current.cloneNode(true);
      list.insertBefore(copy, list.firstChild);
      current.hidden = true;
      current.style.display = "none";
    }
    menu.insertBefore(mainButton(panel), menu.firstChild);
    return true;
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    var panel = document.querySelector(".translation-review[data-footer-send], .translation-review[data-footer-waiting]");
    if (!editor || !panel || arrange(editor, panel)) {
      return;
    }
    var observer = new MutationObserver(function () {
      if (arrange(editor, panel)) {
        observer.disconnect();
      }
    });
    observer.observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
