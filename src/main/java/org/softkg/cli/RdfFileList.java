package org.softkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the files after {@code --data} up to the first argument that is not an existing file or folder, so that
 * the command's own parameter may follow them: {@code query --data a.ttl b.ttl 'SELECT ...'} and
 * {@code lineage --data g.ttl FreeBSD}. (picocli's own {@code arity = "1..*"} would take the query text as one
 * more file.) The first value is always taken, so a missing first file is reported by the command as missing.
 */
public final class RdfFileList implements IParameterConsumer {

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        if (args.isEmpty() || isOption(args.peek(), commandSpec)) {
            throw new ParameterException(commandSpec.commandLine(),
                    "Missing required parameter for option '--data' (FILE)");
        }
        List<Path> earlier = argSpec.getValue();
        List<Path> files = earlier == null ? new ArrayList<>() : new ArrayList<>(earlier);
        files.add(Path.of(args.pop()));
        while (!args.isEmpty() && !isOption(args.peek(), commandSpec) && Files.exists(Path.of(args.peek()))) {
            files.add(Path.of(args.pop()));
        }
        argSpec.setValue(files);
    }

    private static boolean isOption(String arg, CommandSpec commandSpec) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return commandSpec.findOption(name) != null || "--".equals(arg);
    }
}
