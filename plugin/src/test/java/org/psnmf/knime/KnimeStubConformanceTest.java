package org.psnmf.knime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The offline API stub ({@code plugin/knime-api-stub}) against the real knime-core 5.5.0 classes, where
 * {@code ../shared/knime-runtime} holds them (skipped elsewhere): every stub type exists in KNIME with the same kind,
 * modifiers, type parameters, superclass and interfaces; every public or protected stub member exists there with the
 * same modifiers, generic signature and {@code throws} clause; and every KNIME type our code extends or implements
 * declares, in the stub, all abstract methods the real type has (else a node could compile against the stub without
 * implementing one and fail in KNIME with an AbstractMethodError).
 */
class KnimeStubConformanceTest {

    @Test
    void everyStubTypeAndMember_matchesKnime550() throws Exception {
        Path runtime = runtime();
        Path stubClasses = Path.of("knime-api-stub", "target", "classes").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(stubClasses), "stub not built (online profile): " + stubClasses);
        List<String> stubTypes = classNames(stubClasses);
        assertTrue(stubTypes.size() > 50, "stub classes found: " + stubTypes.size());
        Set<String> projectBases = knimeSupertypesOfProjectClasses(Path.of("target", "classes").toAbsolutePath());
        List<String> problems = new ArrayList<>();
        try (URLClassLoader real = realKnime(runtime)) {
            for (String name : stubTypes) {
                Class<?> stub = Class.forName(name, false, getClass().getClassLoader());
                if (!stub.getProtectionDomain().getCodeSource().getLocation().toString().contains("knime-api-stub")) {
                    problems.add(name + ": not loaded from the stub (" + stub.getProtectionDomain().getCodeSource()
                            .getLocation() + ")");
                    continue;
                }
                Class<?> k;
                try {
                    k = Class.forName(name, false, real);
                } catch (ClassNotFoundException e) {
                    problems.add(name + ": no such type in knime-core 5.5.0");
                    continue;
                }
                compareType(stub, k, problems);
                Set<String> realMembers = members(k);
                for (String m : members(stub)) {
                    if (!realMembers.contains(m)) {
                        problems.add(name + ": stub member not in knime-core 5.5.0 (or declared differently): " + m);
                    }
                }
                if (projectBases.contains(name)) {
                    Set<String> stubMembers = members(stub);
                    for (Method m : k.getDeclaredMethods()) {
                        if (Modifier.isAbstract(m.getModifiers()) && !stubMembers.contains(text(m))) {
                            problems.add(name + ": our code extends it, but the stub lacks the abstract " + text(m));
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " stub deviation(s) from knime-core 5.5.0:\n  "
                + String.join("\n  ", problems));
    }

    private static void compareType(Class<?> stub, Class<?> k, List<String> problems) {
        String[][] pairs = {
            {"declaration", stub.toGenericString(), k.toGenericString()},
            {"superclass", String.valueOf(name(stub.getGenericSuperclass())), String.valueOf(name(k
                    .getGenericSuperclass()))},
            {"interfaces", Arrays.stream(stub.getGenericInterfaces()).map(KnimeStubConformanceTest::name).sorted()
                    .toList().toString(), Arrays.stream(k.getGenericInterfaces()).map(KnimeStubConformanceTest::name)
                            .sorted().toList().toString()}};
        for (String[] p : pairs) {
            if (!p[1].equals(p[2])) {
                problems.add(stub.getName() + ": " + p[0] + " differs: stub '" + p[1] + "', KNIME '" + p[2] + "'");
            }
        }
    }

    private static String name(Type t) {
        return t == null ? null : t.getTypeName();
    }

    /** Public and protected members as text: modifiers (API ones), generic signature, throws. */
    private static Set<String> members(Class<?> c) {
        Set<String> out = new TreeSet<>();
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
                out.add(text(m));
            }
        }
        for (Constructor<?> m : c.getDeclaredConstructors()) {
            if (visible(m) && !m.isSynthetic()) {
                out.add(text(m));
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f) && !f.isSynthetic()) {
                out.add(f.toGenericString());
            }
        }
        return out;
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    /** {@code toGenericString} without the modifiers that are implementation, not API (synchronized, native). */
    private static String text(Executable e) {
        return e.toGenericString().replace("synchronized ", "").replace("native ", "").replace("strictfp ", "");
    }

    /** KNIME types that the project's own classes extend or implement (directly). */
    private static Set<String> knimeSupertypesOfProjectClasses(Path classes) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String n : classNames(classes)) {
            if (!n.startsWith("org.psnmf.knime.")) {
                continue; // the engine and the CLI never touch KNIME
            }
            try {
                Class<?> c = Class.forName(n, false, KnimeStubConformanceTest.class.getClassLoader());
                Stream.concat(Stream.ofNullable(c.getSuperclass()), Arrays.stream(c.getInterfaces()))
                        .map(Class::getName).filter(s -> s.startsWith("org.knime.")).forEach(out::add);
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable here: covered by the bundle ITs
            }
        }
        return out;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".class")).map(p -> root.relativize(p).toString())
                    .map(p -> p.substring(0, p.length() - 6).replace('/', '.')).filter(n -> !n.matches(".*\\$\\d.*"))
                    .filter(n -> !n.endsWith("package-info")).sorted().collect(Collectors.toList());
        }
    }

    /** The KNIME 5.5.0 core and its dependencies in a loader that cannot see the stub (parent: the platform). */
    private static URLClassLoader realKnime(Path runtime) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> s = Files.walk(runtime.resolve("bundles"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
        }
        try (Stream<Path> s = Files.list(runtime.resolve("bundles/knime"))) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                urls.add(p.toUri().toURL()); // directory bundles with classes at their root
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    private static Path runtime() {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path c = dir.resolve("shared").resolve("knime-runtime");
            if (Files.isDirectory(c.resolve("bundles/knime/org.knime.core"))) {
                found = Optional.of(c);
            }
        }
        Assumptions.assumeTrue(found.isPresent(), "../shared/knime-runtime (KNIME 5.5.0 classes) not found: skipped");
        return found.get();
    }
}
