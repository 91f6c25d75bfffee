package org.psnmf.engine.io;

/**
 * One-line reasons for failures that happen inside a reader or a library it calls, for messages such as
 * {@code 'x.bcf': is damaged or not a valid Bruker BCF file (IndexOutOfBoundsException: ...).}
 */
public final class ReadErrors {

    private static final int MAX_REASON = 200;

    private ReadErrors() {
    }

    /** @return the exception's simple class name and first 200 characters of its message, on one line */
    public static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "a size in the file is implausibly large (damaged file)";
        }
        String m = e.getMessage();
        if (m != null) {
            m = m.replace('\r', ' ').replace('\n', ' ');
            if (m.length() > MAX_REASON) {
                m = m.substring(0, MAX_REASON);
            }
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
