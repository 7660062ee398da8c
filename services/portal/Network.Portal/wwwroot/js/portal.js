// Small enhancements for browsers with JavaScript; every page works without them.
(function () {
  "use strict";

  // A confirmation, or the message a form left, is where the person's attention goes next.
  var focused = document.querySelector("[data-autofocus]");
  if (focused) {
    focused.focus();
  }

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // "Trier par distance": the browser's position, asked for only when the person clicks, fills the form's lat/lon.
  var locate = document.querySelector("[data-locate]");
  if (locate && "geolocation" in navigator) {
    var form = locate.form;
    var status = form.querySelector("[data-locate-status]");
    locate.hidden = false;
    locate.addEventListener("click", function (event) {
      event.preventDefault();
      status.textContent = "Recherche de votre position…";
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector("[data-position=lat]").value = position.coords.latitude.toFixed(5);
        form.querySelector("[data-position=lon]").value = position.coords.longitude.toFixed(5);
        form.submit();
      }, function () {
        status.textContent = "Votre position n'a pas pu être obtenue. Indiquez plutôt votre commune.";
      }, { timeout: 10000, maximumAge: 600000 });
    });
  }
})();
