package nl.migratiepact;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The C ABI of include/migratiepact.h, mapped 1:1 for JNA ({@code size_t} as {@link SizeT}).
 * JNA finds the library on {@code jna.library.path} or the system's library path, and otherwise
 * inside this jar ({@code linux-x86-64/libmigratiepact.so}, extracted to a temporary file).
 */
interface NativeLib extends Library {
    NativeLib INSTANCE = com.sun.jna.Native.load("migratiepact", NativeLib.class);

    int mp_evaluate_json(byte[] input, SizeT len, PointerByReference out, SizeTByReference outLen);

    int mp_solidarity_json(byte[] input, SizeT len, PointerByReference out, SizeTByReference outLen);

    void mp_string_free(Pointer s);

    String mp_version();

    String mp_status_name(int status);

    int mp_engine_new(byte[] params, SizeT len, PointerByReference out, PointerByReference errOut,
            SizeTByReference errLen);

    int mp_engine_evaluate_json(Pointer engine, byte[] input, SizeT len, PointerByReference out,
            SizeTByReference outLen);

    void mp_engine_free(Pointer engine);
}
