// The quick exit, after GOV.UK's "Exit this page": the link works without this script; with
// it, the page is hidden at once and replaced in the history, so Back does not return to it.
// Pressing Shift three times, each within 5 seconds of the last, does the same.
(function () {
  var a = document.getElementById("exit"), status = document.getElementById("exit-status");
  if (!a || !status) return;
  var root = document.documentElement, presses = 0, timer = 0, modified = false;
  root.classList.add("js");
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
  function leave(e) {
    if (e) e.preventDefault();
    root.classList.add("exiting");
    document.title = a.getAttribute("data-title"); // the tab may show it while the next page loads
    status.textContent = a.getAttribute("data-leaving");
    location.replace(a.href);
  }
  a.addEventListener("click", leave);
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
  // a browser that restores the page from its cache must not restore it hidden
  window.addEventListener("pageshow", function () { root.classList.remove("exiting"); });
})();
