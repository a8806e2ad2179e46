package dev.parallax.core.read;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The front door for reading articles: picks the reader by the input's name and content, and
 * turns every kind of bad input into a {@link ReadProblem} that says what to fix. Never throws for
 * bad input.
 *
 * <ul>
 *   <li>{@code .txt}, {@code .text}, no extension: plain text, optionally with a {@code key: value}
 *       header ended by {@code ---} ({@link HeaderTextReader})</li>
 *   <li>{@code .html}, {@code .htm}, or content starting with {@code <!doctype}/{@code <html}:
 *       {@link HtmlArticleReader}</li>
 *   <li>{@code .json}: one object or an array ({@link JsonArticleReader})</li>
 *   <li>{@code .jsonl}, {@code .ndjson}: one object per line ({@link JsonLinesReader})</li>
 * </ul>
 */
public final class ArticleReaders {

    private enum Format { TEXT, HTML, JSON, JSON_LINES, UNKNOWN }

    private ArticleReaders() {}

    /** Reads one input called {@code name} (a file name or upload name; may be null). */
    public static ReadResult read(String name, byte[] content, ReadOptions options) {
        String source = name == null || name.isBlank() ? "input" : name;
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        if (content == null || content.length == 0) {
            return ReadResult.failed(source, 0, "empty input: the file has no content");
        }
        Format format = byExtension(extension(name));
        if (format != Format.JSON_LINES && content.length > opts.maxBytes()) {
            return ReadResult.failed(source, 0, InputText.tooLarge(content.length, opts.maxBytes()));
        }
        if (format == Format.UNKNOWN && InputText.looksBinary(content)) {
            return ReadResult.failed(source, 0, "unknown format: \"" + extension(name)
                    + "\" files are not articles Parallax reads (use .txt, .html, .json or .jsonl)");
        }
        InputText.Decoded decoded = InputText.decodeUtf8(content);
        if (!decoded.ok()) {
            return ReadResult.failed(source, 0, decoded.problem());
        }
        String text = decoded.text();
        if (InputText.isBlank(text)) {
            return ReadResult.failed(source, 0, "empty input: the file has only white space");
        }
        if (format == Format.UNKNOWN) {
            format = byContent(text);
        } else if (format == Format.TEXT && looksLikeHtml(text)) {
            format = Format.HTML;
        }
        return switch (format) {
            case HTML -> new HtmlArticleReader().read(source, text, opts);
            case JSON -> new JsonArticleReader().read(source, text, opts);
            case JSON_LINES -> new JsonLinesReader().read(source, text, opts);
            case TEXT, UNKNOWN -> new HeaderTextReader().read(source, text, opts);
        };
    }

    /**
     * Reads files and folders (recursively), in sorted order so that the same inputs always give the
     * same articles in the same order. In a folder, hidden files, {@code expected.json},
     * {@code index.txt} and {@code README*} are not articles and are skipped. An article that names
     * no outlet gets {@code options.defaultOutlet()}, else none: a folder is no outlet (one event's accounts
     * from many outlets are usually saved in one folder, and taking them for one outlet's would compare none of them).
     */
    public static ReadResult readPaths(List<Path> paths, ReadOptions options) {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        List<RawArticle> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(p -> !Files.isDirectory(p))
                            .filter(p -> isArticleFile(path, p))
                            .sorted()
                            .toList();
                } catch (IOException | RuntimeException e) {
                    problems.add(new ReadProblem(path.toString(), 0, "cannot list the folder: " + reason(e)));
                    continue;
                }
                for (Path file : files) {
                    readFile(file, opts, articles, problems);
                }
            } else {
                readFile(path, opts, articles, problems);
            }
        }
        return new ReadResult(articles, problems);
    }

    private static void readFile(Path file, ReadOptions options, List<RawArticle> articles, List<ReadProblem> problems) {
        String source = file.toString();
        byte[] content;
        try {
            if (!Files.exists(file)) {
                problems.add(new ReadProblem(source, 0, "no such file or folder: check the path"));
                return;
            }
            long size = Files.size(file);
            boolean jsonLines = byExtension(extension(source)) == Format.JSON_LINES;
            if (!jsonLines && size > options.maxBytes()) {
                problems.add(new ReadProblem(source, 0, InputText.tooLarge(size, options.maxBytes())));
                return;
            }
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            problems.add(new ReadProblem(source, 0, "cannot read the file: " + reason(e)));
            return;
        }
        ReadResult result = read(source, content, options);
        articles.addAll(result.articles());
        problems.addAll(result.problems());
    }

    /** Files in a folder that are notes, test expectations or hidden are not articles. */
    private static boolean isArticleFile(Path root, Path file) {
        Path relative = root.relativize(file);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.equals("expected.json") && !name.equals("index.txt") && !name.startsWith("readme");
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to hold in memory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Format byExtension(String ext) {
        return switch (ext) {
            case "", "txt", "text" -> Format.TEXT;
            case "html", "htm", "xhtml" -> Format.HTML;
            case "json" -> Format.JSON;
            case "jsonl", "ndjson" -> Format.JSON_LINES;
            default -> Format.UNKNOWN;
        };
    }

    /** For an unknown extension with text content: the shape of the content decides. */
    private static Format byContent(String text) {
        String start = text.stripLeading();
        if (looksLikeHtml(text)) {
            return Format.HTML;
        }
        if (start.startsWith("[")) {
            return Format.JSON;
        }
        if (start.startsWith("{")) {
            // several lines that each open an object: JSON Lines; else one (possibly pretty) object
            long objectLines = start.lines().filter(l -> !l.isBlank()).limit(3).filter(l -> l.strip().startsWith("{")
                    && l.strip().endsWith("}")).count();
            return objectLines >= 2 ? Format.JSON_LINES : Format.JSON;
        }
        return Format.TEXT;
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 16)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype") || head.startsWith("<html");
    }
}
