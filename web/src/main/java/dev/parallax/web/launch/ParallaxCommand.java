package dev.parallax.web.launch;

import dev.parallax.web.cli.AnalyzeCommand;
import dev.parallax.web.cli.CompareCommand;
import dev.parallax.web.cli.EvalCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parallax [serve|import|demo|export|restore|analyze|compare|eval]}; no subcommand means serve. */
@Command(name = "parallax", mixinStandardHelpOptions = true,
        description = "Compares how news outlets report the same event and lists the discrepancies.",
        subcommands = {ParallaxCommand.Serve.class, ParallaxCommand.Import.class, ParallaxCommand.Demo.class,
                ParallaxCommand.Export.class, ParallaxCommand.Restore.class, ParallaxCommand.Unlock.class,
                AnalyzeCommand.class, CompareCommand.class, EvalCommand.class})
public final class ParallaxCommand implements Callable<Integer> {
    private final Launcher launcher;

    ParallaxCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        return launcher.runWithDatabase(new LaunchRequest.Serve());
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Start Parallax on http://localhost:8080 (the default command).")
    static final class Serve implements Callable<Integer> {
        @ParentCommand
        ParallaxCommand parent;

        @Override
        public Integer call() {
            return parent.launcher.runWithDatabase(new LaunchRequest.Serve());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import article files or folders (recursively) into the database.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ParallaxCommand parent;

        @Option(names = "--outlet", paramLabel = "NAME",
                description = "Outlet for articles whose file does not name one.")
        String outlet;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
        List<Path> paths;

        @Override
        public Integer call() {
            for (Path path : paths) {
                if (!java.nio.file.Files.exists(path)) {
                    throw new LaunchException(path + ": no such file or folder");
                }
            }
            List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            return parent.launcher.runWithDatabase(new LaunchRequest.Import(absolute, outlet));
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Load the fictional demo corpus into an empty workspace (safe to repeat), or remove it.")
    static final class Demo implements Callable<Integer> {
        @ParentCommand
        ParallaxCommand parent;

        @Option(names = "--remove", description = "Remove the demo corpus and everything derived from it "
                + "(analyses, events, reviews of its findings); real articles stay.")
        boolean remove;

        @Override
        public Integer call() {
            return parent.launcher.runWithDatabase(new LaunchRequest.Demo(remove));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Back up the whole workspace (outlets, articles, users, analyses, events, discrepancies, "
                    + "reviews and their audit trail) to one JSON Lines file; gzip when FILE ends in .gz.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ParallaxCommand parent;

        @Option(names = "--force", description = "Overwrite FILE if it exists.")
        boolean force;

        @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the backup.")
        Path file;

        @Override
        public Integer call() {
            Path target = file.toAbsolutePath().normalize();
            if (java.nio.file.Files.exists(target) && !force) {
                throw new LaunchException(file + ": already exists; choose another name or add --force");
            }
            if (target.getParent() != null && !java.nio.file.Files.isDirectory(target.getParent())) {
                throw new LaunchException(file + ": no such folder " + target.getParent());
            }
            return parent.launcher.runWithDatabase(new LaunchRequest.Export(target, force));
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift the sign-in lock (too many failed sign-ins) of a user name, an address or everyone, "
                    + "on the server running on this data directory; takes effect at that server's next sign-in.")
    static final class Unlock implements Callable<Integer> {
        @ParentCommand
        ParallaxCommand parent;

        @Option(names = "--user", paramLabel = "NAME", description = "The user name to unlock.")
        String user;

        @Option(names = "--address", paramLabel = "IP", description = "The client address to unlock.")
        String address;

        @Option(names = "--all", description = "Forget every failed sign-in.")
        boolean all;

        @Override
        public Integer call() throws java.io.IOException {
            StringBuilder lines = new StringBuilder();
            if (all) {
                lines.append("all\n");
            }
            if (user != null && !user.isBlank()) {
                lines.append("user ").append(user.strip()).append('\n');
            }
            if (address != null && !address.isBlank()) {
                lines.append("address ").append(address.strip()).append('\n');
            }
            if (lines.length() == 0) {
                throw new LaunchException("unlock: say what to unlock: --user NAME, --address IP or --all");
            }
            java.nio.file.Path dataDir = parent.launcher.dataDir();
            if (!java.nio.file.Files.isDirectory(dataDir)) {
                throw new LaunchException("data directory " + dataDir + " does not exist (set PARALLAX_DATA_DIR)");
            }
            java.nio.file.Files.writeString(dataDir.resolve(dev.parallax.web.security.LoginThrottle.UNLOCK_FILE),
                    lines, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            parent.launcher.out().println("unlock requested: " + lines.toString().strip().replace("\n", ", ")
                    + " (the server on " + dataDir + " applies it at its next sign-in)");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup made by export into an empty database, in one transaction.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        ParallaxCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "A file written by parallax export.")
        Path file;

        @Override
        public Integer call() {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new LaunchException(file + ": no such file");
            }
            return parent.launcher.runWithDatabase(new LaunchRequest.Restore(file.toAbsolutePath().normalize()));
        }
    }
}
