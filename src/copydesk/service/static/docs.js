// Starts Swagger UI on the server's own OpenAPI schema (kept out of docs.html: no inline script).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null });
});
