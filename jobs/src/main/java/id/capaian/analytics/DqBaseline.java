package id.capaian.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The accepted error findings ({@code WAREHOUSE/dq_baseline.json}): what the documents are known to get
 * wrong. The gate fails only on error findings not in it. Written as JSON so a reviewer can read (and
 * diff) what was accepted.
 */
public record DqBaseline(
    @JsonProperty("accepted_at") String acceptedAt, @JsonProperty("findings") List<Entry> findings) {

  /** One accepted finding; only its id counts, the rest is for the reader. */
  public record Entry(
      @JsonProperty("finding_id") String findingId,
      @JsonProperty("check_name") String checkName,
      @JsonProperty("source_file") String sourceFile,
      @JsonProperty("message") String message) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public DqBaseline {
    findings = List.copyOf(findings);
  }

  public static String fileName() {
    return "dq_baseline.json";
  }

  public Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    findings.forEach(f -> ids.add(f.findingId()));
    return ids;
  }

  public static DqBaseline of(List<GateFinding> errors, String acceptedAt) {
    List<Entry> entries = new ArrayList<>();
    errors.stream()
        .sorted(Comparator.comparing(GateFinding::sourceFile).thenComparing(GateFinding::findingId))
        .forEach(f -> entries.add(new Entry(f.findingId(), f.checkName(), f.sourceFile(), f.message())));
    return new DqBaseline(acceptedAt, entries);
  }

  public static DqBaseline read(Path file) {
    try {
      return JSON.readValue(file.toFile(), DqBaseline.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dq baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes through a temporary file and a rename, so a crash never leaves half a baseline. */
  public void write(Path file) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), this);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dq baseline " + file, e);
    }
  }
}
