/* Starts Swagger UI on /api/docs with the portal's own description (/openapi, same origin). */
window.addEventListener("load", function () {
    window.ui = SwaggerUIBundle({
        url: new URL("../openapi?format=JSON", document.baseURI).href,
        dom_id: "#swagger-ui",
        deepLinking: true,
        validatorUrl: null,
        tryItOutEnabled: false
    });
});
