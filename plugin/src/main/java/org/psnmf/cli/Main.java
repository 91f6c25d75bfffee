package org.psnmf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.progress.CancelledException;

/**
 * Entry point of {@code ./psnmf}: dispatches to one {@link Command}. Errors are one line on stderr (exit 1, or 2 for
 * usage mistakes); {@code --debug} adds the stack trace.
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

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
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
        } catch (UsageException e) {
            err.println("psnmf " + name + ": " + e.getMessage());
            return 2;
        } catch (CancelledException e) {
            err.println("psnmf " + name + ": cancelled.");
            return 130;
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException
                | ArithmeticException e) {
            err.println("psnmf " + name + ": " + message(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("psnmf " + name + ": out of memory; give Java more heap, e.g. PSNMF_JAVA_OPTS=-Xmx8g.");
            return 1;
        } catch (Exception | Error e) {
            err.println("psnmf " + name + ": internal error: " + message(e)
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
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
