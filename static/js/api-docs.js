// Starts Swagger UI on the API documentation page (/api/v1/docs/). A file of its
// own, so the page needs no inline script under the Content-Security-Policy.
(function () {
  "use strict";
  var container = document.getElementById("swagger-ui");
  if (!container || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  window.SwaggerUIBundle({
    url: container.dataset.schemaUrl,
    domNode: container,
    deepLinking: false,
    supportedSubmitMethods: ["get"],
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: true,
  });
})();
