package dev.parallax.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Oversized bodies are refused from their headers, as problem+json, before any body byte is read. */
@QuarkusTest
class RequestSizeTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aHundredMegabyteUploadIsRefusedFromItsHeaders() throws IOException {
        // only the headers are sent: the answer must come without the 100 MB ever arriving
        String response = exchange("POST /api/articles/import HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: " + (100L << 20) + "\r\n"
                + "\r\n");
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":413"), response);
        assertTrue(response.contains("100 MB, over the limit of 64 MB"), response);
    }

    @Test
    void aContentLengthThatIsNotANumberIsABadRequest() throws IOException {
        String response = exchange("POST /api/articles HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: lots\r\n"
                + "\r\n");
        assertEquals("HTTP/1.1 400", response.substring(0, 12), response);
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
                if (received.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
