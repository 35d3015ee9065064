package nl.migratiepact;

import com.sun.jna.Native;
import com.sun.jna.ptr.ByReference;

/** A {@code size_t *} out-parameter. */
public final class SizeTByReference extends ByReference {
    public SizeTByReference() {
        super(Native.SIZE_T_SIZE);
        getPointer().setMemory(0, Native.SIZE_T_SIZE, (byte) 0);
    }

    /** The value the library wrote. */
    public long getValue() {
        return Native.SIZE_T_SIZE == 8 ? getPointer().getLong(0) : getPointer().getInt(0) & 0xffffffffL;
    }
}
