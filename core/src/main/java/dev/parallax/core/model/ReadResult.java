package dev.parallax.core.model;

import java.util.List;

/** What a reader got out of one input: the articles it could read and the problems it met. */
public record ReadResult(List<RawArticle> articles, List<ReadProblem> problems) {
    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public static ReadResult of(RawArticle article) {
        return new ReadResult(List.of(article), List.of());
    }

    public static ReadResult failed(String source, int line, String message) {
        return new ReadResult(List.of(), List.of(new ReadProblem(source, line, message)));
    }
}
