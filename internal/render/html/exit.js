// The page's script. Above all the quick exit, after GOV.UK's "Exit this page": the link works
// without this script; with it, it is a button that Enter or Space presses, and the page is
// hidden at once and replaced in the history.
// Pressing Shift three times, each within 5 seconds of the last, does the same. The script runs
// right after the exit bar, before the rest of the page is read, so that a page returned to
// after an exit never shows.
(function () {
  var a = document.getElementById("exit"), status = document.getElementById("exit-status");
  if (!a || !status) return;
  var root = document.documentElement, presses = 0, timer = 0, modified = false, key = "exited";
  function store(set) {
    try {
      if (set === undefined) return sessionStorage.getItem(key) === "1";
      if (set) sessionStorage.setItem(key, "1");
      else sessionStorage.removeItem(key);
    } catch (e) { return false; } // storage off: Back is kept from the page by the history alone
  }
  function leave(e) {
    if (e) e.preventDefault();
    root.classList.add("exiting");
    document.title = a.getAttribute("data-title"); // the tab may show it while the next page loads
    status.textContent = a.getAttribute("data-leaving");
    store(true);
    location.replace(a.href);
  }
  // Back, Forward or a reload after an exit in this tab leaves again before anything shows;
  // opening the page anew (a link, the address typed) shows it
  var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
  if (store()) {
    if (!nav || nav.type !== "navigate") return leave();
    store(false);
    root.classList.remove("exiting"); // the head's script hid it

  }
  // a browser that restores the page from its cache (Back) restores it as it left it: hidden,
  // leaving again
  window.addEventListener("pageshow", function (e) {
    if (store() || e.persisted && root.classList.contains("exiting")) leave();
  });
  root.classList.add("js");
  // with the script it is a button, as GOV.UK's is, and Space presses it as a button's does
  // (on a link, Space scrolls the page); without, it stays the link it is
  a.setAttribute("role", "button");
  a.addEventListener("keydown", function (e) {
    if (e.key === " " || e.key === "Spacebar") leave(e);
  });
  // three lights on the button show how many Shift presses have counted
  var lights = document.createElement("span");
  lights.className = "exit__lights";
  lights.setAttribute("aria-hidden", "true");
  for (var i = 0; i < 3; i++) lights.appendChild(document.createElement("span"));
  a.appendChild(lights);
  function show() {
    lights.className = presses ? "exit__lights exit__lights--on" : "exit__lights";
    for (var i = 0; i < 3; i++) lights.children[i].className = i < presses ? "on" : "";
  }
  a.addEventListener("click", leave);
  // no link of the page adds to the history, which Back would return along after an exit: a
  // link within the page scrolls and moves the focus in place; a language's page, the PDFs and
  // other sites (the chat) replace this one, so that no entry of them is left after this page,
  // which Forward would reopen after an exit (tel:, sms: and mailto: open another app)
  document.addEventListener("click", function (e) {
    var l = e.target.closest && e.target.closest("a[href]");
    if (!l || e.defaultPrevented || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    var href = l.getAttribute("href");
    if (href.charAt(0) === "#") {
      var to = document.getElementById(decodeURIComponent(href.slice(1)));
      if (!to) return;
      e.preventDefault();
      history.replaceState(history.state, "", href);
      if (!to.hasAttribute("tabindex")) to.setAttribute("tabindex", "-1");
      to.scrollIntoView();
      to.focus({ preventScroll: true });
    } else if (/^(https?|file):$/.test(l.protocol) && !l.hasAttribute("download")) {
      e.preventDefault();
      location.replace(l.href);
    }
  });
  // the exit bar, which stays on screen, is compact where it would take more than a fifth of
  // the window (measured as it is drawn without); the hotline box stays in view beside the
  // questions (a wide window) only while it fits the window whole: stuck, a taller box would
  // hide its end
  var bar = a.closest(".exit");
  function fit() {
    bar.classList.remove("exit--compact");
    bar.classList.toggle("exit--compact", bar.offsetHeight > innerHeight / 5);
    var help = document.querySelector(".help"), rem = parseFloat(getComputedStyle(root).fontSize);
    if (help) root.classList.toggle("help-fits", help.offsetHeight + 6 * rem <= innerHeight);
  }
  document.addEventListener("DOMContentLoaded", function () {
    fit();
    if (window.ResizeObserver) new ResizeObserver(fit).observe(document.querySelector(".help") || root);
  });
  window.addEventListener("resize", fit);
  document.addEventListener("keyup", function (e) {
    clearTimeout(timer);
    if (e.key === "Shift" && !modified) {
      presses++;
      show();
      if (presses >= 3) {
        presses = 0;
        leave();
      } else {
        status.textContent = a.getAttribute(presses === 1 ? "data-press2" : "data-press1");
        timer = setTimeout(function () {
          presses = 0;
          show();
          status.textContent = a.getAttribute("data-timeout");
        }, 5000);
      }
    } else if (presses) {
      presses = 0;
      show();
      status.textContent = "";
    }
    modified = e.shiftKey;
  }, true);
})();
