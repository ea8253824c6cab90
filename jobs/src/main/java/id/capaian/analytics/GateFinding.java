package id.capaian.analytics;

/** What the gate needs of a dq_findings row. */
public record GateFinding(
    String findingId, String sourceFile, String checkName, String severity, String message) {

  public boolean error() {
    return "error".equals(severity);
  }
}
