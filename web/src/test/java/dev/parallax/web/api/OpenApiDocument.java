package dev.parallax.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The served OpenAPI document as a checker of real answers: a REST Assured filter that matches each
 * request to its documented operation, and records an answer whose status the operation does not
 * list, or whose JSON body does not match the schema documented for that status (JSON Schema
 * 2020-12, as OpenAPI 3.1 says). It also records which operations were called.
 */
final class OpenApiDocument implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document;
    private final Map<String, Pattern> templates = new ConcurrentHashMap<>();
    final Set<String> called = new TreeSet<>();
    final List<String> undocumented = new ArrayList<>();
    final List<String> mismatches = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiDocument(String json) throws Exception {
        this.document = JSON.readTree(json);
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            templates.put(path, Pattern.compile("^" + path.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.") + "$"));
        }
    }

    /** Every operation as "METHOD /path". */
    Set<String> operations() {
        Set<String> all = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> all.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return all;
    }

    JsonNode json() {
        return document;
    }

    @Override
    public synchronized Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                                        FilterContext context) {
        Response answer = context.next(request, response);
        String path = request.getURI().replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("\\?.*$", "");
        String template = templates.entrySet().stream().filter(t -> t.getValue().matcher(path).matches())
                .map(Map.Entry::getKey)
                .min(java.util.Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count())).orElse(null);
        if (template == null) {
            return answer; // not part of the API description (pages, /q/...)
        }
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        JsonNode operation = document.get("paths").get(template).get(method);
        String name = request.getMethod() + " " + template;
        if (operation == null) {
            return answer;
        }
        called.add(name);
        String status = Integer.toString(answer.statusCode());
        JsonNode documented = operation.path("responses").get(status);
        if (documented == null) {
            undocumented.add(name + " answered " + status + " (documented: "
                    + iterable(operation.path("responses").fieldNames()) + ")");
            return answer;
        }
        String type = answer.contentType() == null ? "" : answer.contentType().replaceFirst(";.*$", "").strip();
        JsonNode content = documented.path("content");
        if (type.isEmpty() || answer.asByteArray().length == 0) {
            return answer;
        }
        JsonNode media = null;
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> documentedType = types.next();
            if (documentedType.getKey().replaceFirst(";.*$", "").strip().equals(type)) {
                media = documentedType.getValue();
            }
        }
        if (media == null) {
            if (content.size() > 0 || type.contains("json")) { // a JSON answer the document gives no schema for
                mismatches.add(name + " " + status + " answered " + type + "; documented: " + iterable(content.fieldNames()));
            }
            return answer;
        }
        if (!type.contains("json")) {
            return answer;
        }
        if (media.get("schema") == null) {
            mismatches.add(name + " " + status + " " + type + ": no schema documented");
            return answer;
        }
        try {
            JsonNode body = JSON.readTree(answer.asByteArray());
            Set<ValidationMessage> errors = schema(name + " " + status + " " + type, media.get("schema")).validate(body);
            if (!errors.isEmpty()) {
                mismatches.add(name + " " + status + ": " + errors.stream().limit(5).map(ValidationMessage::getMessage).toList());
            }
        } catch (Exception e) {
            mismatches.add(name + " " + status + ": " + e);
        }
        return answer;
    }

    /** The response schema with the document's components beside it, so "#/components/schemas/X" resolves. */
    private JsonSchema schema(String key, JsonNode schema) {
        return schemas.computeIfAbsent(key, k -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.get("components"));
            root.set("allOf", JSON.createArrayNode().add(schema));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        });
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
