package dev.parallax.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Multipart uploads never touch the shared {@code ${java.io.tmpdir}/uploads}, which another user
 * can create first (every upload then failed with 500): they go to the run's own folder, 0700.
 */
@QuarkusTest
class UploadsDirectoryTest {

    @Test
    void uploadsAreWrittenToAnOwnerOnlyFolderOfThisRunAndRemovedAfterTheRequest() throws Exception {
        Path uploads = Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
        assertNotEquals(Path.of(System.getProperty("java.io.tmpdir"), "uploads"), uploads);
        assertTrue(Files.isDirectory(uploads.resolveSibling("pgdata")), uploads + " is in the run's data directory");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads)));

        String text = "outlet: Uploads Wire\ntitle: Harbour\npublished: 2023-03-0" + (1 + (int) (Math.random() * 8))
                + "\n---\nThe harbour reopened on Monday after " + System.nanoTime() + " tonnes of sand were cleared.\n";
        given().auth().preemptive().basic("admin", "test-secret")
                .multiPart("file", "harbour.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/articles/import")
                .then().statusCode(200).body("created.size()", equalTo(1));
        try (var left = Files.list(uploads)) {
            assertEquals(0, left.count(), "uploaded parts are deleted at the end of the request");
        }
    }
}
