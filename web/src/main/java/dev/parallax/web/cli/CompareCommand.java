package dev.parallax.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `parallax compare`: runs without the database or the HTTP server. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "TODO")
public final class CompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parallax: compare is not available yet");
        return 2;
    }
}
