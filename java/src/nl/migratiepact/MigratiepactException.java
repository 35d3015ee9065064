package nl.migratiepact;

/**
 * A call the library refused outright (an argument error, a parameter set that is refused, or a
 * caught panic). A refused <em>case</em> is not an exception: {@code evaluateJson} returns its
 * ErrorReport, as the CLI prints it.
 */
public class MigratiepactException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@code MpStatus} of the call (e.g. 1 = MP_INPUT_ERROR). */
    public final int status;
    /** What the library reported (for a refused parameter set: its report), or "". */
    public final String report;

    public MigratiepactException(int status, String statusName, String report) {
        super(statusName + (report.isEmpty() ? "" : ": " + report));
        this.status = status;
        this.report = report;
    }
}
