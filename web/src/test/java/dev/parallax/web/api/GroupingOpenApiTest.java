package dev.parallax.web.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The grouping endpoints are described whole in the OpenAPI document: an operationId, who may call
 * them, every status they answer with its schema, and the fields that may be null marked so.
 */
@QuarkusTest
class GroupingOpenApiTest {

    @Test
    void everyGroupingOperationNamesItsIdSecurityAndEveryStatus() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        // what each operation answers itself, plus what ApiContract gives every operation of its kind: 400 for
        // a bad parameter, 413 for a body too large, 429 after failed sign-ins, 503 while the database is away
        Map<String, List<String>> operations = Map.of(
                "post /api/events/{id}/articles", List.of("200", "308", "400", "401", "403", "404", "409", "413", "415",
                        "422", "429", "503"),
                "delete /api/events/{id}/articles/{article}", List.of("204", "400", "401", "403", "404", "409", "429", "503"),
                "post /api/events/{id}/merge", List.of("200", "308", "400", "401", "403", "404", "409", "413", "415", "422",
                        "429", "503"),
                "post /api/events/{id}/split", List.of("201", "308", "400", "401", "403", "404", "409", "413", "415", "422",
                        "429", "503"),
                "get /api/events/{id}/history", List.of("200", "308", "400", "401", "404", "429", "503"));
        operations.forEach((operation, statuses) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            Map<String, Object> op = doc.getMap("paths.'" + path + "'." + method);
            assertNotNull(op, operation + " is described");
            assertNotNull(op.get("operationId"), operation + " has an operationId");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            assertEquals(new java.util.TreeSet<>(statuses), new java.util.TreeSet<>(responses.keySet()), operation);
            responses.forEach((status, response) -> {
                if (!status.equals("204") && !status.equals("308")) {
                    assertNotNull(response.get("content"), operation + " " + status + " has a schema");
                }
            });
            assertFalse(((List<?>) op.get("security")).isEmpty(), operation + " names its security");
        });
        for (String field : List.of("ArticleDetail.properties.event", "ArticleDetail.properties.unassignedReason",
                "ArticleSummary.properties.event", "ArticleSummary.properties.unassignedReason",
                "GroupingDecision.properties.otherEvent", "GroupingDecision.properties.note")) {
            Map<String, Object> schema = doc.getMap("components.schemas." + field);
            assertNotNull(schema, field + " is described");
            assertTrue(mayBeNull(schema), field + " is marked nullable: " + schema);
        }
        assertNotNull(doc.getMap("components.schemas.ArticleDetail.properties.fictional"));
    }

    /** OpenAPI 3.0 says nullable: true; 3.1 puts "null" among the types. */
    private static boolean mayBeNull(Map<String, Object> schema) {
        Object type = schema.get("type");
        return Boolean.TRUE.equals(schema.get("nullable")) || type instanceof List<?> types && types.contains("null")
                || String.valueOf(schema.get("anyOf")).contains("null") || String.valueOf(schema.get("oneOf")).contains("null");
    }
}
