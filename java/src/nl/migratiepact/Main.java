package nl.migratiepact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * {@code java -jar migratiepact-VERSION.jar CASE.json [--params PARAMS.json]}: prints the
 * Assessment (or ErrorReport) exactly as the CLI's {@code evaluate --json}; exit code 0 for an
 * Assessment, 1 for an ErrorReport, 2 for a usage error (as the CLI).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--params"))) {
            System.err.println("usage: java -jar migratiepact.jar CASE.json [--params PARAMS.json]");
            System.exit(2);
        }
        byte[] text = Files.readAllBytes(Paths.get(args[0]));
        Migratiepact.Answer answer;
        if (args.length == 3) {
            String params = new String(Files.readAllBytes(Paths.get(args[2])), StandardCharsets.UTF_8);
            try (Engine engine = new Engine(params)) {
                answer = engine.evaluate(text);
            }
        } else {
            answer = Migratiepact.evaluate(text);
        }
        byte[] out = (answer.json + "\n").getBytes(StandardCharsets.UTF_8);
        System.out.write(out, 0, out.length);
        System.out.flush();
        System.exit(answer.ok() ? 0 : 1);
    }
}
