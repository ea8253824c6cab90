package id.capaian.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable fact ids: the same number at the same place of the same document always gets the same id. */
final class FactIds {
  /** One digest per thread: looking SHA-256 up among the providers costs more than hashing an id. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(FactIds::sha256);
  private static final HexFormat HEX = HexFormat.of();

  private FactIds() {}

  static String of(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      sb.append(part).append('\u001f');
    }
    byte[] digest = SHA256.get().digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: SHA-256 is missing from this JVM", e);
    }
  }
}
