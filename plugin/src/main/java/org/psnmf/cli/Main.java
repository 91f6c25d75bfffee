package org.psnmf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.progress.CancelledException;

/**
 * Entry point of {@code ./psnmf}: dispatches to one {@link Command}. Errors are one line on stderr (exit 1, or 2 for
 * usage mistakes); {@code --debug} adds the stack trace. Ctrl-C (SIGINT) and SIGTERM run a shutdown hook that removes
 * every unfinished output ({@link AtomicOutput#removeUnfinished()}) and says so in one line; the process then exits
 * with the shell's convention for a signal, 128 + its number: 130 for SIGINT, 143 for SIGTERM.
 */
public final class Main {

    /** Product version; equals the bundle version without qualifier (checked by a test). */
    public static final String VERSION = "1.0.0";

    private Main() {
    }

    /** @return all sub-commands, in the order shown by --help */
    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        // an array initializer, so that every entry can end with a comma (one line per command, clean merges)
        for (Command c : new Command[] {
        // COMMANDS: one entry per sub-command (keep this list sorted by workflow order)
            new DemoCommand(),
            new InfoCommand(),
            new ConvertCommand(),
            new BinCommand(),
            new SynthCommand(),
            new RunCommand(),
            new SweepBinCommand(),
            new BenchCommand(),
            new BenchIoCommand(),
            new QuantCommand(),
        }) {
            m.put(c.spec().name(), c);
        }
        return m;
    }

    /** Set when the command returned; a shutdown before that is an interrupt (Ctrl-C, SIGTERM). */
    private static volatile boolean finished;

    public static void main(String[] argv) {
        String command = argv.length > 0 && commands().containsKey(argv[0]) ? " " + argv[0] : "";
        Runtime.getRuntime().addShutdownHook(new Thread(() -> onShutdown(command, System.err),
                "psnmf-interrupt-cleanup"));
        int code = run(argv, System.out, System.err);
        finished = true;
        System.exit(code);
    }

    /** The shutdown hook: removes unfinished outputs; reports an interrupt (the JVM then exits with 128 + signal). */
    static void onShutdown(String command, PrintStream err) {
        // read before the cleanup: once it has run, the command fails fast and main() would set the flag
        boolean interrupted = !finished;
        List<java.nio.file.Path> removed = AtomicOutput.removeUnfinished();
        if (interrupted) {
            List<String> names = new java.util.ArrayList<>();
            for (java.nio.file.Path p : removed) {
                names.add(p.toString());
            }
            err.println("psnmf" + command + ": interrupted; " + (names.isEmpty() ? "no partial output was left."
                    : "removed partial output " + String.join(", ", names) + "."));
            err.flush();
        }
    }

    /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> list = Arrays.asList(argv);
        boolean debug = list.contains("--debug");
        Map<String, Command> commands = commands();
        if (list.isEmpty() || list.get(0).equals("--help") || list.get(0).equals("-h") || list.get(0).equals("help")) {
            out.print(help(commands));
            return list.isEmpty() ? 2 : 0;
        }
        if (list.get(0).equals("--version")) {
            out.println("psnmf " + VERSION);
            return 0;
        }
        Command cmd = commands.get(list.get(0));
        if (cmd == null) {
            err.println("psnmf: unknown command '" + list.get(0) + "'. Commands: " + String.join(", ", commands.keySet())
                    + ".");
            return 2;
        }
        List<String> rest = list.subList(1, list.size());
        if (CommandSpec.wantsHelp(rest)) {
            out.print(cmd.spec().usage());
            return 0;
        }
        String name = cmd.spec().name();
        try {
            return cmd.run(cmd.spec().parse(rest), out, err);
        } catch (Exception | Error e) {
            if (AtomicOutput.isInterrupted()) {
                return 130; // the shutdown hook reports the interrupt; this failure is its consequence
            }
            return report(name, e, debug, err);
        }
    }

    /** Prints the one-line error of a failed command and returns its exit code. */
    private static int report(String name, Throwable e, boolean debug, PrintStream err) {
        if (e instanceof UsageException) {
            err.println("psnmf " + name + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof CancelledException) {
            err.println("psnmf " + name + ": cancelled.");
            return 130;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("psnmf " + name + ": out of memory; give Java more heap, e.g. PSNMF_JAVA_OPTS=-Xmx8g.");
            return 1;
        }
        boolean expected = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof IOException || e instanceof UncheckedIOException || e instanceof ArithmeticException;
        err.println("psnmf " + name + ": " + (expected ? "" : "internal error: ") + message(e)
                + (expected || debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return 1;
    }

    /** @return the message of {@code e}; for a bare file-system error, the file and what happened to it */
    static String message(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof FileSystemException f && f.getFile() != null) {
            String what;
            if (f instanceof NoSuchFileException) {
                what = "no such file or folder";
            } else if (f instanceof AccessDeniedException) {
                what = "permission denied";
            } else if (f instanceof FileAlreadyExistsException) {
                what = "already exists";
            } else if (f instanceof NotDirectoryException) {
                what = "is not a folder";
            } else if (f instanceof DirectoryNotEmptyException) {
                what = "is a folder that is not empty";
            } else {
                what = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
            }
            if (what.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
                what = "the disk is full (" + what + ")";
            }
            return "'" + f.getFile() + "'" + (f.getOtherFile() == null ? "" : " -> '" + f.getOtherFile() + "'")
                    + ": " + what + ".";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    static String help(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("psnmf ").append(VERSION).append(" - PSNMF for STEM-EDX spectrum images\n\n");
        sb.append("Usage: psnmf COMMAND [OPTIONS]   (psnmf COMMAND --help for its options)\n\nCommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-10s %s%n", c.spec().name(), c.spec().summary()));
        }
        sb.append("\nGlobal options: --help, --version, --debug (stack traces on errors)\n");
        return sb.toString();
    }
}
