package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The declared-once option mechanism: parsing, validation and the generated help. */
class CommandSpecTest {

    private static final CommandSpec SPEC = new CommandSpec("demo-spec", "a spec for this test")
            .option(Option.path("input", "FILE", "input").required(),
                    Option.integer("components", "K", "components").withDefault(3),
                    Option.number("tol", "T", "tolerance").withDefault(1e-6),
                    Option.choice("method", "M", "method", "psnmf", "nmf", "pca"),
                    Option.negatable("sum-to-one", true, "abundances sum to one"),
                    Option.list("elements", "LIST", "elements"),
                    Option.QUIET);

    private static Args parse(String... argv) {
        return SPEC.parse(List.of(argv));
    }

    private static String error(String... argv) {
        return assertThrows(UsageException.class, () -> parse(argv)).getMessage();
    }

    @Test
    void valuesAreTypedAndDefaultsComeFromTheDeclaration() {
        Args a = parse("--input", "x.rpl", "--method", "NMF", "--no-sum-to-one", "--elements", "Mg, Si,,O");
        assertEquals(Path.of("x.rpl"), a.path("input"));
        assertEquals(3, a.integer("components"));
        assertFalse(a.has("components"));
        assertEquals(1e-6, a.number("tol"));
        assertEquals("nmf", a.string("method"), "a choice is returned in its declared spelling");
        assertFalse(a.flag("sum-to-one"));
        assertEquals(List.of("Mg", "Si", "O"), a.list("elements"));
        assertFalse(a.flag("quiet"));
        Args b = parse("--input=y.rpl", "--components=5", "--quiet", "--sum-to-one", "--tol", "-0.5");
        assertEquals(5, b.integer("components"));
        assertTrue(b.flag("quiet") && b.flag("sum-to-one"));
        assertEquals(-0.5, b.number("tol"), "a negative number is a value, not an option");
    }

    @Test
    void mistakesAreRefusedWhileParsing_namingTheOptionAndWhatIsValid() {
        assertEquals("Unknown option --componets; did you mean --components? (see psnmf demo-spec --help).",
                error("--input", "x", "--componets", "3"));
        assertEquals("Missing required option --input.", error("--components", "3"));
        assertEquals("Option --components must be an integer, got 'three'.", error("--input", "x", "--components",
                "three"));
        assertEquals("Option --tol must be a finite number, got 'NaN'.", error("--input", "x", "--tol", "NaN"));
        assertEquals("--method must be psnmf, nmf or pca, got 'svd'.", error("--input", "x", "--method", "svd"));
        assertEquals("Give either --sum-to-one or --no-sum-to-one, not both.", error("--input", "x", "--sum-to-one",
                "--no-sum-to-one"));
        assertEquals("Option --input is given twice.", error("--input", "x", "--input", "y"));
        assertEquals("Option --quiet takes no value (got 'yes').", error("--input", "x", "--quiet=yes"));
        assertEquals("Option --input needs a value.", error("--input"));
        assertEquals("Option --input needs a value (got the option --quiet instead).", error("--input", "--quiet"));
        assertTrue(error("--input", "x", "stray").startsWith("Unexpected argument 'stray'"));
    }

    @Test
    void readingAnUndeclaredOptionIsAProgrammingError() {
        Args a = parse("--input", "x");
        assertThrows(IllegalStateException.class, () -> a.flag("force"));
        assertThrows(IllegalStateException.class, () -> a.integer("tol"), "declared as a number");
    }

    @Test
    void defaultsAreShownInTheHelpInTheirShortestForm() {
        String usage = SPEC.usage();
        assertTrue(usage.startsWith("Usage: psnmf demo-spec --input FILE [options]\n"), usage);
        assertTrue(usage.contains("tolerance (default 1e-6)"), usage);
        assertTrue(usage.contains("components (default 3)"), usage);
        assertTrue(usage.contains("--sum-to-one / --no-sum-to-one"), usage);
        assertTrue(usage.contains("input (required)"), usage);
        assertEquals("0.2", Option.shortDecimal(0.2));
        assertEquals("147", Option.shortDecimal(147));
        assertEquals("2.5e-5", Option.shortDecimal(2.5e-5));
    }

    /** Every command: its help lists each declared option, every declared default parses, lines fit 120 columns. */
    @Test
    void everyCommandsHelpIsGeneratedFromItsDeclaration() {
        for (Command c : Main.commands().values()) {
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            java.io.PrintStream ps = new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, Main.run(new String[] {c.spec().name(), "--help"}, ps, ps));
            String out = o.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(out.startsWith("Usage: psnmf " + c.spec().name()), out);
            for (String line : out.lines().toList()) {
                assertTrue(line.length() <= 120, c.spec().name() + ": " + line);
            }
            for (String word : List.of("--help", "--debug")) {
                assertTrue(out.contains(word), c.spec().name() + " " + word);
            }
            for (String name : List.of("quiet", "force", "input", "out", "threads", "seed")) {
                Option opt = c.spec().find(name);
                if (opt != null) {
                    assertTrue(out.contains("  " + opt.syntax() + " ") || out.contains("  " + opt.syntax() + "\n"), c.spec().name() + " documents --" + name);
                    if (opt.defaultValue() != null) {
                        opt.parse(opt.defaultValue());
                    }
                }
            }
        }
    }
}
