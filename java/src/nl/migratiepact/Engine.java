package nl.migratiepact;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An engine with a replacement parameter set (the format of core/params/default.json). Close it
 * (try-with-resources) to release it; it may be shared between threads until then.
 *
 * <pre>
 * try (Engine engine = new Engine(paramsJson)) {
 *     String assessment = engine.evaluateJson(caseJson);
 * }
 * </pre>
 */
public final class Engine implements AutoCloseable {
    private Pointer handle;
    /** Calls share the engine (read lock); {@link #close} waits for them (write lock). */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Loads a parameter set; throws {@link MigratiepactException} when it is refused. */
    public Engine(String paramsJson) {
        byte[] in = paramsJson.getBytes(StandardCharsets.UTF_8);
        PointerByReference out = new PointerByReference();
        PointerByReference err = new PointerByReference();
        SizeTByReference errLen = new SizeTByReference();
        int status = NativeLib.INSTANCE.mp_engine_new(in, new SizeT(in.length), out, err, errLen);
        if (status != Migratiepact.MP_OK) {
            String report = err.getValue() == null ? "" : Migratiepact.answer(status, err, errLen).json;
            throw new MigratiepactException(status, NativeLib.INSTANCE.mp_status_name(status), report);
        }
        handle = out.getValue();
    }

    /** As {@link Migratiepact#evaluateJson}, with this parameter set. */
    public String evaluateJson(String caseJson) {
        return evaluate(caseJson).json;
    }

    /** As {@link Migratiepact#evaluate}, with this parameter set. */
    public Migratiepact.Answer evaluate(String caseJson) {
        return evaluate(caseJson.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link Migratiepact#evaluate(byte[])}, with this parameter set. */
    public Migratiepact.Answer evaluate(byte[] in) {
        lock.readLock().lock();
        try {
            if (handle == null) {
                throw new IllegalStateException("the engine is closed");
            }
            PointerByReference out = new PointerByReference();
            SizeTByReference len = new SizeTByReference();
            int status = NativeLib.INSTANCE.mp_engine_evaluate_json(handle, in, new SizeT(in.length), out, len);
            return Migratiepact.answer(status, out, len);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Releases the engine (once; later calls do nothing, and calls after it throw). */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (handle != null) {
                NativeLib.INSTANCE.mp_engine_free(handle);
                handle = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
