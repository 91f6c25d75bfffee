package org.psnmf.cli;

import java.io.PrintStream;

/**
 * One sub-command of {@code ./psnmf}. Implementations are small classes registered in {@link Main}; each declares its
 * name, summary and options once in a {@link CommandSpec}, from which both its parser and its help are made.
 */
public interface Command {

    /** @return the declaration of this command (name, summary, options) */
    CommandSpec spec();

    /**
     * Runs the command.
     *
     * @param args options parsed and validated against {@link #spec()}
     * @param out  results (JSON, tables)
     * @param err  progress lines and warnings
     * @return process exit code
     * @throws Exception a {@link UsageException}, {@link IllegalArgumentException} or {@link java.io.IOException}
     *                   is reported as one line without a stack trace
     */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
