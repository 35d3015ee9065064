"""ctypes wrapper for the migratiepact C library (ffi/include/migratiepact.h).

    import migratiepact
    status, text = migratiepact.evaluate_json(open("case.json", "rb").read())
    if status == migratiepact.MP_OK: ...        # text is the Assessment (JSON)

The library is looked up in $MIGRATIEPACT_LIB, then target/release/libmigratiepact.so of this
repository. Every string the library returns is copied into Python and released with
mp_string_free at once; nothing is leaked and no pointer outlives a call.
"""
import ctypes
import os
from pathlib import Path

MP_OK = 0
MP_INPUT_ERROR = 1
MP_NULL_POINTER = 2
MP_INVALID_UTF8 = 3
MP_TOO_LARGE = 4
MP_INVALID_ARGUMENT = 5
MP_PANIC = 6

MP_LAW_EU = 0
MP_LAW_NL = 1
PROCEDURES = {0: None, 1: "pact", 2: "legacy"}
RESPONSIBILITIES = {0: None, 1: "ammr", 2: "dublin3"}


class MpDate(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int32), ("month", ctypes.c_uint32), ("day", ctypes.c_uint32)]


class MpRegimeRequest(ctypes.Structure):
    _fields_ = [("made_at", MpDate), ("registered_at", MpDate), ("lodged_at", MpDate)]


class MpRegime(ctypes.Structure):
    _fields_ = [("procedure", ctypes.c_int), ("responsibility", ctypes.c_int), ("workstream", ctypes.c_int)]


class MpDeadlineRequest(ctypes.Structure):
    _fields_ = [
        ("from_", MpDate),
        ("has_time", ctypes.c_bool),
        ("hour", ctypes.c_uint32),
        ("minute", ctypes.c_uint32),
        ("second", ctypes.c_uint32),
        ("utc_offset_seconds", ctypes.c_int32),
        ("period", ctypes.c_char_p),
        ("law", ctypes.c_uint32),
    ]


class MpDeadlineResult(ctypes.Structure):
    _fields_ = [
        ("due", MpDate),
        ("unextended_due", MpDate),
        ("expires_at_unix", ctypes.c_int64),
        ("expires_at_utc_offset", ctypes.c_int32),
        ("expires_at", ctypes.c_char * 32),
        ("extended", ctypes.c_bool),
    ]


class Error(Exception):
    """A status other than MP_OK where no ErrorReport applies."""

    def __init__(self, status):
        super().__init__(status_name(status))
        self.status = status


def _find_library():
    env = os.environ.get("MIGRATIEPACT_LIB")
    if env:
        return env
    return str(Path(__file__).resolve().parents[2] / "target" / "release" / "libmigratiepact.so")


_lib = ctypes.CDLL(_find_library())
_c_char_pp = ctypes.POINTER(ctypes.c_void_p)
_lib.mp_evaluate_json.argtypes = [ctypes.c_char_p, ctypes.c_size_t, _c_char_pp, ctypes.POINTER(ctypes.c_size_t)]
_lib.mp_evaluate_json.restype = ctypes.c_int
_lib.mp_engine_new.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p), _c_char_pp, ctypes.POINTER(ctypes.c_size_t)]
_lib.mp_engine_new.restype = ctypes.c_int
_lib.mp_engine_evaluate_json.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, _c_char_pp, ctypes.POINTER(ctypes.c_size_t)]
_lib.mp_engine_evaluate_json.restype = ctypes.c_int
_lib.mp_engine_free.argtypes = [ctypes.c_void_p]
_lib.mp_engine_free.restype = None
_lib.mp_string_free.argtypes = [ctypes.c_void_p]
_lib.mp_string_free.restype = None
_lib.mp_version.argtypes = []
_lib.mp_version.restype = ctypes.c_char_p
_lib.mp_status_name.argtypes = [ctypes.c_int]
_lib.mp_status_name.restype = ctypes.c_char_p
_lib.mp_regime.argtypes = [ctypes.POINTER(MpRegimeRequest), ctypes.POINTER(MpRegime)]
_lib.mp_regime.restype = ctypes.c_int
_lib.mp_deadline.argtypes = [ctypes.POINTER(MpDeadlineRequest), ctypes.POINTER(MpDeadlineResult)]
_lib.mp_deadline.restype = ctypes.c_int


def version():
    return _lib.mp_version().decode()


def status_name(status):
    return _lib.mp_status_name(status).decode()


def _take_string(ptr, length):
    """Copies a library string into Python bytes and frees it."""
    if not ptr.value:
        return None
    try:
        return ctypes.string_at(ptr.value, length.value)
    finally:
        _lib.mp_string_free(ptr)


def evaluate_json_bytes(data, engine=None):
    """Evaluates a case (bytes). Returns (status, output bytes or None)."""
    out = ctypes.c_void_p()
    out_len = ctypes.c_size_t()
    buf = ctypes.create_string_buffer(bytes(data), len(data))  # non-NULL even when empty
    if engine is None:
        status = _lib.mp_evaluate_json(buf, len(data), ctypes.byref(out), ctypes.byref(out_len))
    else:
        status = _lib.mp_engine_evaluate_json(engine._ptr, buf, len(data), ctypes.byref(out), ctypes.byref(out_len))
    return status, _take_string(out, out_len)


def evaluate_json(data, engine=None):
    """Evaluates a case (bytes or str). Returns (status, JSON text); raises Error for statuses
    without an output (MP_NULL_POINTER, MP_INVALID_ARGUMENT, MP_PANIC)."""
    if isinstance(data, str):
        data = data.encode()
    status, out = evaluate_json_bytes(data, engine)
    if out is None:
        raise Error(status)
    return status, out.decode()


class Engine:
    """An engine with a replacement parameter file (JSON bytes)."""

    def __init__(self, params_json):
        if isinstance(params_json, str):
            params_json = params_json.encode()
        ptr = ctypes.c_void_p()
        err = ctypes.c_void_p()
        err_len = ctypes.c_size_t()
        status = _lib.mp_engine_new(params_json, len(params_json), ctypes.byref(ptr), ctypes.byref(err), ctypes.byref(err_len))
        message = _take_string(err, err_len)
        if status != MP_OK:
            raise ValueError(f"{status_name(status)}: {message.decode() if message else ''}")
        self._ptr = ptr

    def evaluate_json(self, data):
        return evaluate_json(data, self)

    def close(self):
        if self._ptr:
            _lib.mp_engine_free(self._ptr)
            self._ptr = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def regime(lodged_at=None, registered_at=None, made_at=None):
    """Regime for dates given as (year, month, day) tuples; None is unknown."""
    req = MpRegimeRequest(MpDate(*(made_at or (0, 0, 0))), MpDate(*(registered_at or (0, 0, 0))), MpDate(*(lodged_at or (0, 0, 0))))
    out = MpRegime()
    status = _lib.mp_regime(ctypes.byref(req), ctypes.byref(out))
    if status != MP_OK:
        raise Error(status)
    return {
        "procedure": PROCEDURES[out.procedure],
        "responsibility": RESPONSIBILITIES[out.responsibility],
        "workstream": PROCEDURES[out.workstream],
    }


def deadline(from_date, period, law="eu", time=None, utc_offset_seconds=0):
    """One time limit. from_date: (y, m, d); time: (h, m, s) or None; period: "P12W", "PT72H"."""
    req = MpDeadlineRequest()
    req.from_ = MpDate(*from_date)
    if time is not None:
        req.has_time = True
        req.hour, req.minute, req.second = time
        req.utc_offset_seconds = utc_offset_seconds
    req.period = period.encode()
    req.law = {"eu": MP_LAW_EU, "nl": MP_LAW_NL}[law]
    out = MpDeadlineResult()
    status = _lib.mp_deadline(ctypes.byref(req), ctypes.byref(out))
    if status != MP_OK:
        raise Error(status)
    return {
        "due": "%04d-%02d-%02d" % (out.due.year, out.due.month, out.due.day),
        "expiresAt": out.expires_at.decode(),
        "expiresAtUnix": out.expires_at_unix,
        "extended": bool(out.extended),
    }
