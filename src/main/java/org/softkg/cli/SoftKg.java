package org.softkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: {@code softkg extract|query|export|stats|...}; the subcommands are listed below. */
@Command(name = "softkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns software-domain text into an RDF knowledge graph, stores it and queries it with SPARQL.",
        subcommands = {
            ExtractCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            ServeCommand.class,
            PushCommand.class,
            ValidateCommand.class,
            LineageCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            LoadCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:bad input or runtime error (one line per problem on stderr)",
            "2:usage error"
        })
public final class SoftKg implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command ("
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !"help".equals(n)).toList()) + ")");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own out/err writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SoftKg());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
