package dev.parallax.web.launch;

/** A reason the launcher cannot go on, printed as one line: {@code parallax: <message>}. */
public class LaunchException extends RuntimeException {
    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
