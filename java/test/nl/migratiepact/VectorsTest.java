package nl.migratiepact;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

/**
 * Plain test (no JUnit download): {@code java -cp migratiepact.jar:test VectorsTest DIR [PARAMS]}
 * over the inputs {@code DIR/NNNN.in} of every vector, each answer compared byte for byte with
 * {@code DIR/NNNN.out} (the CLI's {@code evaluate --json} of the same bytes); then the same
 * through an {@link Engine} with the given parameter file, from 4 threads at once, and a refused
 * parameter set. Prints "N passed, M failed".
 */
public final class VectorsTest {
    private VectorsTest() {}

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8)) {
            ids.add(line.split("\t")[0]);
        }
        int passed = 0;
        int failed = 0;
        for (String id : ids) {
            if (check(dir, id, Migratiepact.evaluate(Files.readAllBytes(dir.resolve(id + ".in"))))) {
                passed++;
            } else {
                failed++;
            }
        }
        if (args.length > 1) {
            String params = new String(Files.readAllBytes(Paths.get(args[1])), StandardCharsets.UTF_8);
            try (Engine engine = new Engine(params)) {
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<Boolean>> results = new ArrayList<>();
                for (String id : ids) {
                    results.add(pool.submit(() -> check(dir, id, engine.evaluate(Files.readAllBytes(dir.resolve(id + ".in"))))));
                }
                for (Future<Boolean> r : results) {
                    if (r.get()) {
                        passed++;
                    } else {
                        failed++;
                    }
                }
                pool.shutdown();
            }
            try (Engine bad = new Engine("{\"schemaVersion\":1}")) {
                System.out.println("FAIL: a parameter set without values was accepted");
                failed++;
            } catch (MigratiepactException e) {
                if (e.status == Migratiepact.MP_INPUT_ERROR && !e.report.isEmpty()) {
                    passed++;
                } else {
                    System.out.println("FAIL: refused parameter set: " + e.getMessage());
                    failed++;
                }
            }
        }
        if (!Migratiepact.version().equals(System.getProperty("migratiepact.version", Migratiepact.version()))) {
            System.out.println("FAIL: version " + Migratiepact.version());
            failed++;
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static boolean check(Path dir, String id, Migratiepact.Answer answer) throws Exception {
        byte[] want = Files.readAllBytes(dir.resolve(id + ".out"));
        byte[] got = answer.json.getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(want, got)) {
            return true;
        }
        System.out.println("FAIL: " + id + " differs from the CLI");
        return false;
    }
}
