package vn.egov.portal.platform.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the error half of /openapi the same way for every operation (mp.openapi.filter), so no
 * resource has to repeat it: each 4xx answer is an RFC 9457 problem ({@code application/problem+json},
 * schema {@code Problem}); every API call may get 429 (limits per token and per address); an
 * operation that needs credentials may get 401 and 403; one that takes a body, a query value or a
 * number in its path may get 400; one whose
 * path names something may get 404. What a resource declares itself is kept as it wrote it.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault =
                openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> complete(path, item, securedByDefault));
    }

    private static void complete(String path, PathItem item, boolean securedByDefault) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            boolean takesInput = operation.getRequestBody() != null
                    || takesInput(operation.getParameters())
                    || takesInput(item.getParameters());
            boolean secured =
                    operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedByDefault;
            if (takesInput) {
                add(responses, "400", "Invalid input: one entry per offending field in errors");
            }
            if (secured) {
                add(responses, "401", "No credentials, or a token that is unknown, expired or revoked");
                add(responses, "403", "The caller's role or token scope does not allow this operation");
            }
            if (path.contains("{")) {
                add(responses, "404", "Nothing with this identifier (or not visible to the caller)");
            }
            add(responses, "429", "Too many calls from this token or address; retry after Retry-After seconds");
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") && response.getRef() == null && isEmpty(response.getContent())) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    /** A query or header value can be malformed; a path value only when it is not free text. */
    private static boolean takesInput(List<Parameter> parameters) {
        return parameters != null
                && parameters.stream()
                        .anyMatch(parameter -> parameter.getIn() != Parameter.In.PATH
                                || (parameter.getSchema() != null
                                        && parameter.getSchema().getType() != null
                                        && parameter.getSchema().getType() != Schema.SchemaType.STRING));
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            response.setContent(problemContent());
            responses.addAPIResponse(code, response);
        }
    }

    private static boolean isEmpty(Content content) {
        return content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty();
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        Schema field = OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; errors lists every offending field")
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty(
                        "errors",
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(field))
                .required(List.of("title", "status"))
                .example(Map.of(
                        "title",
                        "Bad Request",
                        "status",
                        400,
                        "detail",
                        "Dữ liệu chưa hợp lệ",
                        "errors",
                        List.of(Map.of("field", "title", "message", "Tiêu đề là bắt buộc"))));
    }
}
