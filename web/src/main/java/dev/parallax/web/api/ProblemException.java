package dev.parallax.web.api;

import java.util.List;

/** Thrown by resources and services to answer with a problem document; never half-writes anything. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Error> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Error> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "invalid-input", "Invalid input", field + ": " + message,
                List.of(Problem.Error.field(field, message)));
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors.isEmpty() ? null : errors);
    }

    public int status() {
        return status;
    }
}
