package org.psnmf.engine.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.psnmf.engine.progress.CancelledException;

/**
 * One-line reasons for failures that happen inside a reader or a library it calls, for messages such as
 * {@code 'x.bcf': is damaged or not a valid Bruker BCF file (IndexOutOfBoundsException: ...).}, and {@link #guard},
 * which turns every failure of a read into a {@link SpectrumFileException} naming the file.
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

    /** A read that may fail in any way. */
    @FunctionalInterface
    public interface ReadCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs {@code call} and turns every failure into a one-line {@link SpectrumFileException} naming {@code file}: I/O
     * errors with the file and the reason, {@link OutOfMemoryError} with the memory advice of {@link MemoryBudget},
     * {@link StackOverflowError} as "nested too deeply", any other exception as "could not be read" with its reason
     * (the original stays the cause, for {@code --debug}). A {@link SpectrumFileException} and a
     * {@link CancelledException} pass unchanged.
     */
    public static <T> T guard(Path file, ReadCall<T> call) throws SpectrumFileException {
        try {
            return call.call();
        } catch (SpectrumFileException | CancelledException e) {
            throw e;
        } catch (IOException e) {
            throw io(file, e);
        } catch (OutOfMemoryError e) {
            throw MemoryBudget.outOfMemory(file, e);
        } catch (StackOverflowError e) {
            throw new SpectrumFileException(file, "is nested too deeply to read (a link cycle or a damaged file).", e);
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "could not be read (" + reason(e) + ").", e);
        }
    }

    /** @return an I/O failure as a one-line message naming the file and the reason */
    public static SpectrumFileException io(Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException n) {
            why = "file not found: " + n.getFile();
        } else if (e instanceof AccessDeniedException a) {
            why = "permission denied: " + a.getFile();
        } else if (e instanceof FileSystemException f) {
            why = (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason())
                    + (f.getFile() == null ? "" : ": " + f.getFile());
        } else {
            why = reason(e);
        }
        return new SpectrumFileException(file, "cannot be read (" + why.replace('\n', ' ') + ").", e);
    }
}
