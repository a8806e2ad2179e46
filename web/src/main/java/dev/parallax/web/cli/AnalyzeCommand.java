package dev.parallax.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `parallax analyze`: runs without the database or the HTTP server. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "TODO")
public final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parallax: analyze is not available yet");
        return 2;
    }
}
