package id.capaian.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable fact ids: the same number at the same place of the same document always gets the same id. */
final class FactIds {
  private FactIds() {}

  static String of(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      sb.append(part).append('\u001f');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: SHA-256 is missing from this JVM", e);
    }
  }
}
