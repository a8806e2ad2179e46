package dev.parallax.web.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every operation of the OpenAPI document says the same way, so a generated client works and
 * a new endpoint cannot forget it (applied when the application is built; the document is also
 * written to {@code web/target/openapi/}):
 *
 * <ul>
 *   <li>an {@code operationId} from the resource and method ({@code ArticleResource.list} becomes
 *       {@code articleList});</li>
 *   <li>{@code security}: HTTP Basic or a Bearer API token on every operation but signing in and
 *       out, reads included (reads are public only when the server is configured so);</li>
 *   <li>the errors any such operation can answer, each an {@code application/problem+json}
 *       {@code Problem}: 400 (bad parameter or body), 401, 403 (writes and admin operations), 404
 *       (an id in the path), 413 and 415 (a body), 429 (failed sign-ins), 503 (database away), and 308
 *       for links that moved when events merged;</li>
 *   <li>the multipart import's body: {@code file} parts and an optional {@code outlet}.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements OASFilter {
    private static final Pattern CLASS_METHOD = Pattern.compile("^(\\w+?)(?:Resource)?_(\\w+)$");
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final List<String> PUBLIC_PATHS = List.of("/login", "/logout");
    private static final Pattern MOVABLE = Pattern.compile("^/api/(discrepancies|events)/\\{id}.*");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                describe(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> components = openAPI.getComponents().getSchemas();
            for (String date : List.of("OffsetDateTime", "LocalDate", "Instant")) {
                Schema dateSchema = components.get(date);
                if (dateSchema != null) {
                    String ref = "#/components/schemas/" + date;
                    String format = dateSchema.getFormat();
                    components.values().forEach(schema -> inlineDate(schema, ref, format));
                    openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                            .forEach(operation -> inlineDate(operation, ref, format)));
                    openAPI.getComponents().removeSchema(date);
                }
            }
            components.values().forEach(ApiContract::nullableUnlessRequired);
        }
    }

    /**
     * Dates as plain {@code string} with a format, not a component named OffsetDateTime (which
     * generators rename, since it clashes with the Java type they map date-times to).
     */
    private static void inlineDate(Schema schema, String ref, String format) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : new LinkedHashMap<>(schema.getProperties()).entrySet()) {
                if (ref.equals(property.getValue().getRef())) {
                    schema.addProperty(property.getKey(), OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .format(format).description(property.getValue().getDescription()));
                } else {
                    inlineDate(property.getValue(), ref, format);
                }
            }
        }
        if (schema.getItems() != null) {
            if (ref.equals(schema.getItems().getRef())) {
                schema.setItems(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format));
            } else {
                inlineDate(schema.getItems(), ref, format);
            }
        }
        // a field marked @Schema(nullable = true) comes as anyOf [the date, null]
        schema.setAnyOf(inlineDates(schema.getAnyOf(), ref, format));
        schema.setOneOf(inlineDates(schema.getOneOf(), ref, format));
        schema.setAllOf(inlineDates(schema.getAllOf(), ref, format));
    }

    private static List<Schema> inlineDates(List<Schema> schemas, String ref, String format) {
        if (schemas == null) {
            return null;
        }
        List<Schema> inlined = new java.util.ArrayList<>(schemas.size());
        for (Schema schema : schemas) {
            if (ref.equals(schema.getRef())) {
                inlined.add(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format));
            } else {
                inlineDate(schema, ref, format);
                inlined.add(schema);
            }
        }
        return inlined;
    }

    private static void inlineDate(Operation operation, String ref, String format) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getHeaders() != null) {
                    response.getHeaders().values().stream().filter(h -> h.getSchema() == null)
                            .forEach(h -> h.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().forEach(m -> inlineDate(m.getSchema(), ref, format));
                }
            }
        }
    }

    /**
     * The answers write every field, null ones included; a property a schema does not list as
     * required may be null. (Required ones are marked on the records with {@code @Schema(required = true)}.)
     */
    static void nullableUnlessRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : new LinkedHashMap<>(schema.getProperties()).entrySet()) {
            if (required.contains(property.getKey())) {
                continue;
            }
            Schema value = property.getValue();
            if (value.getRef() != null) {
                schema.addProperty(property.getKey(), OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(value.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL))
                        .description(value.getDescription()));
            } else if (value.getType() != null && !value.getType().isEmpty()
                    && !value.getType().contains(Schema.SchemaType.NULL)) {
                value.addType(Schema.SchemaType.NULL);
                if (value.getEnumeration() != null && !value.getEnumeration().contains(null)) {
                    List<Object> values = new java.util.ArrayList<>(value.getEnumeration());
                    values.add(null);
                    value.setEnumeration(values);
                }
            }
        }
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setOperationId(operationId(operation.getOperationId()));
        boolean open = PUBLIC_PATHS.contains(path);
        if (open) {
            operation.setSecurity(List.of());
        } else {
            operation.setSecurity(List.of(requirement("basic"), requirement("bearer")));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            problem(responses, "400", "A parameter or the body is invalid; the problem names each field, file or line");
        }
        if (!open) {
            problem(responses, "401", "No, wrong or revoked credentials (also answered with WWW-Authenticate: Basic)");
            if (write || path.startsWith("/api/users") || path.startsWith("/api/tokens")) {
                problem(responses, "403", "Signed in, but the role may not do this (or a session request without its CSRF token)");
            }
            problem(responses, "429", "Too many failed sign-ins from this user name or address; see Retry-After");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Nothing has this id");
        }
        if (body) {
            problem(responses, "413", "The body is larger than the server accepts");
            problem(responses, "415", "Unsupported Content-Type");
            multipartImport(operation);
        }
        if (path.startsWith("/api/")) {
            problem(responses, "503", "The database is not reachable or busy; nothing was changed, retry after Retry-After seconds");
        }
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    problem(responses, response.getKey(), response.getValue().getDescription());
                }
            }
        }
        if (method == PathItem.HttpMethod.GET && MOVABLE.matcher(path).matches() && responses.getAPIResponse("308") == null) {
            responses.addAPIResponse("308", OASFactory.createAPIResponse()
                    .description("Merged into another event, or the review moved with its finding: the Location header has the new address")
                    .addHeader("Location", OASFactory.createHeader().description("the new address")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        }
    }

    /** {@code ArticleResource_list} -> {@code articleList}; {@code LogoutResource_logout} -> {@code logout}. */
    static String operationId(String classMethod) {
        if (classMethod == null) {
            return null;
        }
        Matcher m = CLASS_METHOD.matcher(classMethod);
        if (!m.matches()) {
            return classMethod;
        }
        String base = m.group(1);
        String method = m.group(2);
        if (method.toLowerCase(Locale.ROOT).startsWith(base.toLowerCase(Locale.ROOT))) {
            return method;
        }
        return Character.toLowerCase(base.charAt(0)) + base.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme, List.of());
    }

    /** Adds the response, or gives an existing one without content the problem body. */
    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            existing.setContent(content);
        }
    }

    /**
     * The server takes every part with a file name (its name is free), which the scanner renders as a
     * property named "*": say what curl sends instead, {@code file} parts and an {@code outlet} field.
     */
    private static void multipartImport(Operation operation) {
        Content content = operation.getRequestBody().getContent();
        if (content == null || content.getMediaType("multipart/form-data") == null) {
            return;
        }
        MediaType multipart = content.getMediaType("multipart/form-data");
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("file", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("the files, one part each; the file name tells the format (.txt, .html, .json, .jsonl)")
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary")));
        properties.put("outlet", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("outlet of the files that name none"));
        multipart.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).properties(properties)
                .required(List.of("file")));
        operation.getRequestBody().setRequired(true);
    }
}
