package nl.migratiepact;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;

/**
 * migratiepact for Java: the rules engine for the EU Pact on Migration and Asylum as applied in
 * the Netherlands, through its C library (JNA). JSON in, JSON out: the answers are byte for byte
 * those of the CLI's {@code evaluate --json}, the C library and the WASM package.
 *
 * <pre>
 * String assessment = Migratiepact.evaluateJson(caseJson);   // an Assessment or an ErrorReport
 * </pre>
 *
 * Thread safety: every method may be called from any number of threads at once.
 */
public final class Migratiepact {
    /** MP_OK: the answer is an Assessment (or a share, for solidarity). */
    public static final int MP_OK = 0;
    /** MP_INPUT_ERROR: the answer is an ErrorReport listing every problem. */
    public static final int MP_INPUT_ERROR = 1;

    private Migratiepact() {}

    /** An answer of the library: its status and its JSON text. */
    public static final class Answer {
        /** The {@code MpStatus}: {@link #MP_OK} for an Assessment, other values for an ErrorReport. */
        public final int status;
        /** The JSON document (compact, one line). */
        public final String json;

        Answer(int status, String json) {
            this.status = status;
            this.json = json;
        }

        /** Whether the answer is an Assessment (not an ErrorReport). */
        public boolean ok() {
            return status == MP_OK;
        }
    }

    /** The engine version, e.g. "0.1.0". */
    public static String version() {
        return NativeLib.INSTANCE.mp_version();
    }

    /** Evaluates a Case (JSON); returns the Assessment, or the ErrorReport of a refused case. */
    public static String evaluateJson(String caseJson) {
        return evaluate(caseJson).json;
    }

    /** As {@link #evaluateJson}, with the status (to tell an Assessment from an ErrorReport). */
    public static Answer evaluate(String caseJson) {
        return evaluate(caseJson.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #evaluate(String)} for the bytes of a file (not UTF-8: an ErrorReport). */
    public static Answer evaluate(byte[] in) {
        PointerByReference out = new PointerByReference();
        SizeTByReference len = new SizeTByReference();
        int status = NativeLib.INSTANCE.mp_evaluate_json(in, new SizeT(in.length), out, len);
        return answer(status, out, len);
    }

    /** A Member State's fair share of an Annual Solidarity Pool (AMMR 12(2), 66, Annex I). */
    public static String solidarityJson(String requestJson) {
        byte[] in = requestJson.getBytes(StandardCharsets.UTF_8);
        PointerByReference out = new PointerByReference();
        SizeTByReference len = new SizeTByReference();
        int status = NativeLib.INSTANCE.mp_solidarity_json(in, new SizeT(in.length), out, len);
        return answer(status, out, len).json;
    }

    /** Takes the library's string (released with mp_string_free), or throws for no output. */
    static Answer answer(int status, PointerByReference out, SizeTByReference len) {
        Pointer p = out.getValue();
        if (p == null) {
            throw new MigratiepactException(status, NativeLib.INSTANCE.mp_status_name(status), "");
        }
        try {
            long n = len.getValue();
            if (n > Integer.MAX_VALUE) {
                throw new MigratiepactException(status, "answer too large", "");
            }
            return new Answer(status, new String(p.getByteArray(0, (int) n), StandardCharsets.UTF_8));
        } finally {
            NativeLib.INSTANCE.mp_string_free(p);
        }
    }
}
