package id.capaian.airflow;

/** Keeps passwords and tokens out of anything printed: every occurrence becomes {@code ****}. */
public final class Secrets {
  private Secrets() {}

  public static String mask(String text, String... secrets) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String secret : secrets) {
      // Very short values would mask ordinary words; our secrets are never that short.
      if (secret != null && secret.length() >= 4) {
        masked = masked.replace(secret, "****");
      }
    }
    return masked;
  }
}
