package dev.parallax.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client for load: one keep-alive connection, GET only, the body skipped
 * (not parsed, not even decoded), so the clients cost the two shared cores as little as possible
 * and what is measured is the server. Reconnects when the server closes the connection.
 */
final class KeepAliveClient implements Closeable {
    private final String host;
    private final int port;
    private final byte[] headers;
    private final byte[] skip = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** The last answer's body, when {@link #keepBody} is set; for checks, not for the load. */
    private ByteArrayOutputStream body;
    boolean keepBody;

    KeepAliveClient(String host, int port, String authorization) {
        this.host = host;
        this.port = port;
        this.headers = ("Host: " + host + ":" + port + "\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends GET {@code pathAndQuery} and reads the whole answer; returns the status code. */
    int get(String pathAndQuery) throws IOException {
        byte[] line = ("GET " + pathAndQuery + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int attempt = 0; ; attempt++) {
            if (socket == null) {
                connect();
            }
            try {
                out.write(line);
                out.write(headers);
                out.flush();
                return readAnswer();
            } catch (IOException stale) {
                close();
                if (attempt > 0) {
                    throw stale;
                }
            }
        }
    }

    String lastBody() {
        return body == null ? null : body.toString(StandardCharsets.UTF_8);
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private int readAnswer() throws IOException {
        String status = readLine();
        if (status == null) {
            throw new IOException("connection closed before an answer");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false, closing = false;
        for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        body = keepBody ? new ByteArrayOutputStream() : null;
        if (chunked) {
            for (long size = Long.parseLong(readLine().split(";")[0].strip(), 16); size > 0;
                 size = Long.parseLong(readLine().split(";")[0].strip(), 16)) {
                skip(size);
                readLine();
            }
            for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                // trailers are ignored
            }
        } else if (length >= 0) {
            skip(length);
        } else if (code != 204 && code != 304) {
            throw new IOException("an answer without length: the load client needs keep-alive");
        }
        if (closing) {
            close();
        }
        return code;
    }

    private void skip(long bytes) throws IOException {
        while (bytes > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, bytes));
            if (n < 0) {
                throw new IOException("connection closed in the middle of an answer");
            }
            if (body != null) {
                body.write(skip, 0, n);
            }
            bytes -= n;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
