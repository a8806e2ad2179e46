package dev.parallax.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `parallax eval`: runs without the database or the HTTP server. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "TODO")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parallax: eval is not available yet");
        return 2;
    }
}
