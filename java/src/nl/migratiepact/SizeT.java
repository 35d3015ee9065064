package nl.migratiepact;

import com.sun.jna.IntegerType;
import com.sun.jna.Native;

/** C {@code size_t}: unsigned, as wide as the platform's (JNA's {@code Native.SIZE_T_SIZE}). */
public final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

    public SizeT() {
        this(0);
    }

    public SizeT(long value) {
        super(Native.SIZE_T_SIZE, value, true);
    }
}
