package org.psnmf.cli;

import java.io.PrintStream;

/** One sub-command of {@code ./psnmf}. Implementations are small classes registered in {@link Main}. */
public interface Command {

    /** @return the word typed after {@code psnmf} */
    String name();

    /** @return one line for {@code psnmf --help} */
    String summary();

    /** @return the usage text printed by {@code psnmf NAME --help} */
    String usage();

    /**
     * Runs the command.
     *
     * @param args parsed options
     * @param out  results (JSON, tables)
     * @param err  progress lines and warnings
     * @return process exit code
     * @throws Exception a {@link UsageException}, {@link IllegalArgumentException} or {@link java.io.IOException}
     *                   is reported as one line without a stack trace
     */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
