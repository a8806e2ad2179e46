package dev.parallax.web.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the API as application/problem+json (RFC 9457). */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Error> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.Error.field(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Error::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(new Problem(Problem.type("invalid-input"), "Invalid input", 400, detail, path(uri), errors));
    }

    // The subclasses are mapped one by one on purpose: Quarkus REST Jackson ships its own mappers for
    // some of them, and the most specific mapper wins, so mapping only the parent would let those through.
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json, path(uri)));
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "nothing at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 415 -> "unsupported Content-Type; send application/json (articles) or multipart/form-data (files)";
            default -> e.getMessage();
        };
        return respond(new Problem(Problem.type(slug(status.getReasonPhrase())), status.getReasonPhrase(),
                status.getStatusCode(), detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("database unavailable on %s: %s", path(uri), e.getMessage());
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .entity(new Problem(Problem.type("database-unavailable"), "Service Unavailable", 503,
                            DatabaseUnavailable.detail(e), path(uri), null))
                    .build();
        }
        LOG.errorf(e, "unexpected error on %s", path(uri));
        return respond(new Problem(Problem.type("internal-error"), "Internal Server Error", 500,
                "something went wrong on our side; the server log has the details", path(uri), null));
    }

    static Problem jsonProblem(JsonProcessingException e, String instance) {
        if (tooLarge(e)) {
            // a value past Jackson's limits (a string over 20 MB, nesting over 1000 levels) is not
            // malformed JSON: the body is too large for what it carries
            return new Problem(Problem.type("too-large"), "Content Too Large", 413,
                    "a value in the body is too large or too deeply nested to read; an article is at most "
                            + "a few MB (parallax.import.max-article-bytes): send smaller articles or several requests",
                    instance, List.of(new Problem.Error("body", null, null, "too large a value")));
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() : null;
        String message = (field != null ? "wrong type or value" : "malformed JSON") + where + ": "
                + plain(e.getOriginalMessage().lines().findFirst().orElse(""));
        return new Problem(Problem.type("malformed-json"), "Malformed JSON", 400, message, instance,
                List.of(new Problem.Error(field, null, e.getLocation() == null ? null : e.getLocation().getLineNr(),
                        message)));
    }

    /** Jackson's read limits, wherever it is in the chain (databind wraps it), or their message. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                    || String.valueOf(t.getMessage()).contains("StreamReadConstraints")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern JAVA_TYPE = java.util.regex.Pattern.compile("`([\\w.$]+)(<[^`]*>)?(\\[])?`");

    /**
     * Jackson's words for the client, without Java: {@code `java.lang.String`} becomes "a string",
     * {@code `dev.parallax...ArticleInput`} "an object", {@code `java.util.List<...>`} "an array";
     * what follows "(through reference chain" and "at [Source" is dropped.
     */
    static String plain(String message) {
        String text = message.replaceAll("\\s*\\(through reference chain.*$", "").replaceAll("\\s*at \\[Source.*$", "");
        java.util.regex.Matcher m = JAVA_TYPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(jsonWord(m.group(1), m.group(3) != null)));
        }
        m.appendTail(out);
        return out.toString().replaceAll("(?i)\\b(java|jackson|com\\.fasterxml|dev\\.parallax)\\.[\\w.$]+", "a value");
    }

    private static String jsonWord(String javaType, boolean array) {
        String simple = javaType.substring(javaType.lastIndexOf('.') + 1);
        if (array || simple.endsWith("List") || simple.endsWith("Set") || simple.equals("Collection")) {
            return "an array";
        }
        return switch (simple) {
            case "String", "char", "Character", "CharSequence" -> "a string";
            case "int", "long", "short", "byte", "Integer", "Long", "Short", "Byte", "BigInteger" -> "a whole number";
            case "double", "float", "Double", "Float", "BigDecimal", "Number" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "OffsetDateTime", "Instant", "ZonedDateTime", "LocalDateTime" -> "a date-time like 2024-12-19T10:00:00Z";
            case "LocalDate" -> "a date like 2024-12-19";
            default -> "an object";
        };
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> { }
                case PARAMETER -> field = "body";
                default -> field = node.getName();
            }
        }
        return field == null ? "body" : field;
    }

    private static String slug(String phrase) {
        return phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
