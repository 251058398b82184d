package org.softkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files a benchmark reads. By default the WikiSER dev split ({@code ../shared/data/wikiser-small/dev.txt},
 * looked up from the working folder, then from the project folder of the running jar, then under the
 * {@code softkg.shared.data} property), else the example document copied {@value #EXAMPLE_COPIES} times
 * into a temporary folder.
 */
public final class BenchCorpus {

    /** Where the WikiSER dev split lies relative to a project folder. */
    public static final String DEFAULT_RELATIVE = "../shared/data/wikiser-small/dev.txt";
    static final int EXAMPLE_COPIES = 100;

    private final List<Path> files;
    private final String description;
    private final Path temporary;

    private BenchCorpus(List<Path> files, String description, Path temporary) {
        this.files = List.copyOf(files);
        this.description = description;
        this.temporary = temporary;
    }

    /** The given files, checked to be readable. */
    public static BenchCorpus of(List<Path> files) {
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                throw new IllegalArgumentException(f + ": cannot read the corpus file");
            }
        }
        return new BenchCorpus(files, String.join(" ", files.stream().map(Path::toString).toList()), null);
    }

    /** The default corpus (see the class comment). */
    public static BenchCorpus defaultCorpus() {
        Optional<Path> dev = findDefault();
        if (dev.isPresent()) {
            return new BenchCorpus(List.of(dev.get()), dev.get().toString(), null);
        }
        Path example = findInProject("examples/DragonFly_BSD.txt")
                .orElseThrow(() -> new IllegalArgumentException("no default corpus: neither " + DEFAULT_RELATIVE
                        + " nor examples/DragonFly_BSD.txt found; name one with --corpus FILE"));
        try {
            Path dir = Files.createTempDirectory("softkg-bench-corpus");
            List<Path> copies = new ArrayList<>();
            for (int i = 1; i <= EXAMPLE_COPIES; i++) {
                Path sub = Files.createDirectories(dir.resolve(String.format("%03d", i)));
                copies.add(Files.copy(example, sub.resolve(example.getFileName())));
            }
            return new BenchCorpus(copies, example + " x " + EXAMPLE_COPIES, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("copying the example document", e);
        }
    }

    private static Optional<Path> findDefault() {
        Optional<Path> p = findInProject(DEFAULT_RELATIVE);
        if (p.isPresent()) {
            return p;
        }
        String shared = System.getProperty("softkg.shared.data");
        if (shared != null) {
            Path f = Path.of(shared, "wikiser-small", "dev.txt");
            if (Files.isReadable(f)) {
                return Optional.of(f.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** {@code relative} under the working folder, else under the folder holding the running jar's target/. */
    static Optional<Path> findInProject(String relative) {
        List<Path> bases = new ArrayList<>();
        bases.add(Path.of("").toAbsolutePath());
        projectFolder().ifPresent(bases::add);
        for (Path base : bases) {
            Path f = base.resolve(relative).normalize();
            if (Files.isReadable(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> projectFolder() {
        try {
            var src = BenchCorpus.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return Optional.empty();
            }
            Path jar = Path.of(src.getLocation().toURI()).toAbsolutePath();
            // target/softkg-all.jar or target/classes: the project is the folder above target/
            Path target = jar.getParent();
            return target == null || target.getParent() == null ? Optional.empty() : Optional.of(target.getParent());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public List<Path> files() {
        return files;
    }

    /** What the report names as the corpus. */
    public String description() {
        return description;
    }

    /** Deletes the temporary copies, if any. */
    public void cleanUp() {
        if (temporary != null) {
            TempFolders.delete(temporary);
        }
    }
}
