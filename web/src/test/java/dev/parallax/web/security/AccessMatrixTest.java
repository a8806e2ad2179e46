package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, for every operation the API documents and every page action, against anonymous,
 * viewer, fact-checker, editor and admin — with reads private (the shipped default). An operation
 * missing from {@link #REQUIRED} fails the test, so a new endpoint cannot ship without a decision.
 *
 * <p>Requests use ids that do not exist and bodies that are empty: an allowed caller gets past
 * authorization (any answer but 401/403: 400, 404, 422...), a refused one gets 401 (anonymous, with
 * a challenge) or 403 (signed in, role too low). Nothing is changed.
 */
@QuarkusTest
@TestProfile(AnonymousReadsRefusedTest.PrivateReads.class)
class AccessMatrixTest {

    /** The least role each operation needs; {@code null} means anyone, signed in or not. */
    private static final Map<String, Role> REQUIRED = new LinkedHashMap<>();

    static {
        // articles
        REQUIRED.put("GET /api/articles", Role.VIEWER);
        REQUIRED.put("POST /api/articles", Role.EDITOR);
        REQUIRED.put("POST /api/articles/import", Role.EDITOR);
        REQUIRED.put("GET /api/articles/{id}", Role.VIEWER);
        REQUIRED.put("PATCH /api/articles/{id}", Role.EDITOR);
        REQUIRED.put("DELETE /api/articles/{id}", Role.EDITOR);
        REQUIRED.put("GET /api/outlets", Role.VIEWER);
        REQUIRED.put("GET /api/outlets/{id}", Role.VIEWER);
        REQUIRED.put("PATCH /api/outlets/{id}", Role.EDITOR);
        REQUIRED.put("GET /api/outlets/{id}/fidelity", Role.VIEWER);
        // analysis results
        REQUIRED.put("GET /api/jobs/{id}", Role.VIEWER);
        REQUIRED.put("GET /api/events", Role.VIEWER);
        REQUIRED.put("GET /api/events/{id}", Role.VIEWER);
        REQUIRED.put("GET /api/events/{id}/claim-groups", Role.VIEWER);
        REQUIRED.put("GET /api/events/{id}/alignment", Role.VIEWER);
        REQUIRED.put("GET /api/events/{id}/discrepancies", Role.VIEWER);
        REQUIRED.put("GET /api/events/{id}/history", Role.VIEWER);
        // grouping by hand
        REQUIRED.put("POST /api/events/{id}/articles", Role.EDITOR);
        REQUIRED.put("DELETE /api/events/{id}/articles/{article}", Role.EDITOR);
        REQUIRED.put("POST /api/events/{id}/merge", Role.EDITOR);
        REQUIRED.put("POST /api/events/{id}/split", Role.EDITOR);
        REQUIRED.put("GET /api/diff", Role.VIEWER);
        REQUIRED.put("POST /api/compare", Role.VIEWER);
        // reviews and exports
        REQUIRED.put("GET /api/discrepancies", Role.VIEWER);
        REQUIRED.put("GET /api/discrepancies/{id}", Role.VIEWER);
        REQUIRED.put("PATCH /api/discrepancies/{id}", Role.FACT_CHECKER);
        REQUIRED.put("GET /api/discrepancies/{id}/history", Role.VIEWER);
        REQUIRED.put("GET /api/exports/claimreview", Role.VIEWER);
        REQUIRED.put("GET /api/exports/annotations", Role.VIEWER);
        REQUIRED.put("GET /api/exports/discrepancies.csv", Role.VIEWER);
        // entities
        REQUIRED.put("GET /api/entities", Role.VIEWER);
        REQUIRED.put("GET /api/entities/{id}", Role.VIEWER);
        REQUIRED.put("POST /api/entities/{id}/aliases", Role.EDITOR);
        REQUIRED.put("POST /api/entities/{id}/merge", Role.EDITOR);
        // accounts
        REQUIRED.put("GET /api/me", Role.VIEWER);
        REQUIRED.put("GET /api/users", Role.ADMIN);
        REQUIRED.put("POST /api/users", Role.ADMIN);
        REQUIRED.put("GET /api/users/{username}", Role.ADMIN);
        REQUIRED.put("PATCH /api/users/{username}", Role.ADMIN);
        REQUIRED.put("DELETE /api/users/{username}", Role.ADMIN);
        REQUIRED.put("GET /api/tokens", Role.VIEWER);
        REQUIRED.put("POST /api/tokens", Role.VIEWER);
        REQUIRED.put("DELETE /api/tokens/{id}", Role.VIEWER);
    }

    /** Page actions (not in the API description): the least role each needs. */
    private static final Map<String, Role> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("GET /events", Role.VIEWER);
        PAGES.put("GET /articles", Role.VIEWER);
        PAGES.put("GET /outlets", Role.VIEWER);
        PAGES.put("POST /outlets/{id}", Role.EDITOR);
        PAGES.put("GET /import", Role.EDITOR);
        PAGES.put("POST /import/text", Role.EDITOR);
        PAGES.put("GET /reviews", Role.VIEWER);
        PAGES.put("GET /discrepancies/{fingerprint}", Role.VIEWER);
        PAGES.put("POST /discrepancies/{fingerprint}", Role.FACT_CHECKER);
        PAGES.put("GET /diff", Role.VIEWER);
        PAGES.put("POST /articles/{id}/attach", Role.EDITOR);
        PAGES.put("POST /articles/{id}/detach", Role.EDITOR);
        PAGES.put("POST /events/{id}/merge", Role.EDITOR);
        PAGES.put("POST /events/{id}/split", Role.EDITOR);
        PAGES.put("GET /login", null);
    }

    private static final List<Role> ROLES = List.of(Role.VIEWER, Role.FACT_CHECKER, Role.EDITOR, Role.ADMIN);
    private static final Map<Role, String> USERS = new LinkedHashMap<>();

    @BeforeAll
    static void users() {
        for (Role role : ROLES) {
            USERS.put(role, TestUsers.create(role));
        }
    }

    @Test
    void everyDocumentedOperationHasADecision() {
        TreeSet<String> undecided = new TreeSet<>(documentedOperations().keySet());
        undecided.removeAll(REQUIRED.keySet());
        assertEquals(new TreeSet<>(), undecided, "operations missing from the access matrix: decide who may call them");
    }

    @Test
    void eachOperationAdmitsExactlyTheRolesItShould() {
        Map<String, String> documented = documentedOperations();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Role> operation : REQUIRED.entrySet()) {
            if (!documented.containsKey(operation.getKey())) {
                continue; // checked by everyDocumentedOperationHasADecision the other way round
            }
            check(operation.getKey(), operation.getValue(), documented.get(operation.getKey()), wrong);
        }
        for (Map.Entry<String, Role> page : PAGES.entrySet()) {
            check(page.getKey(), page.getValue(), null, wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void check(String operation, Role required, String contentType, List<String> wrong) {
        if (contentType == null && operation.startsWith("POST /") && !operation.startsWith("POST /api/")) {
            contentType = "application/x-www-form-urlencoded"; // page forms
        }
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        int anonymous = send(given(), method, path, contentType).statusCode();
        expect(wrong, operation, "anonymous", anonymous, required == null);
        for (Role role : ROLES) {
            Response answer = send(TestUsers.as(USERS.get(role)), method, path, contentType);
            expect(wrong, operation, role.label(), answer.statusCode(), required == null || role.covers(required));
        }
    }

    private static void expect(List<String> wrong, String operation, String who, int status, boolean allowed) {
        boolean refused = status == 401 || status == 403;
        if (allowed && refused) {
            wrong.add(operation + ": " + who + " should be allowed, got " + status);
        } else if (!allowed && !refused) {
            wrong.add(operation + ": " + who + " should be refused, got " + status);
        } else if (!allowed && who.equals("anonymous") && status != 401) {
            wrong.add(operation + ": anonymous should get 401 (sign in), got " + status);
        } else if (!allowed && !who.equals("anonymous") && status != 403) {
            wrong.add(operation + ": " + who + " should get 403 (role too low), got " + status);
        }
    }

    private static Response send(RequestSpecification request, String method, String template, String contentType) {
        String path = template
                .replace("{fingerprint}", "0".repeat(64))
                .replace("{username}", "nobody-" + "x".repeat(8))
                .replace("{article}", "f".repeat(64))
                .replaceAll("\\{id}", path(template));
        RequestSpecification spec = request.redirects().follow(false);
        if (method.equals("POST") || method.equals("PATCH") || method.equals("PUT")) {
            if (contentType != null && contentType.startsWith("multipart/")) {
                spec = spec.multiPart("file", "empty.txt", new byte[0]);
            } else if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
                spec = spec.contentType(contentType).formParam("unused", "");
            } else {
                spec = spec.contentType("application/json").body("{}".getBytes(StandardCharsets.UTF_8));
            }
        }
        return spec.request(method, path);
    }

    /** A well-formed id that names nothing: numeric where the API counts, a hash where it hashes. */
    private static String path(String template) {
        if (template.startsWith("/api/articles")) {
            return "f".repeat(64);
        }
        if (template.startsWith("/api/events")) {
            return "e-0000000000000000";
        }
        if (template.startsWith("/api/discrepancies")) {
            return "0".repeat(64);
        }
        if (template.startsWith("/api/entities")) {
            return "no-such-entity";
        }
        return "987654321";
    }

    /** "METHOD /path" of every operation in the OpenAPI description, with its request content type or null. */
    private static Map<String, String> documentedOperations() {
        JsonPath openapi = TestUsers.asAdmin().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, String> operations = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, Map<String, Object>> op : path.getValue().entrySet()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String contentType = null;
                Object body = op.getValue().get("requestBody");
                if (body instanceof Map<?, ?> requestBody && requestBody.get("content") instanceof Map<?, ?> content
                        && !content.isEmpty()) {
                    contentType = content.keySet().iterator().next().toString();
                }
                operations.put(method + " " + path.getKey(), contentType);
            }
        }
        return operations;
    }
}
