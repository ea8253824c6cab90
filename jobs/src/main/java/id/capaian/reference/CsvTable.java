package id.capaian.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data rows of one of the small CSV files we bundle (dictionaries, patterns, reference tables):
 * the header is checked, blank lines and {@code #} comments are skipped, and a short row or a missing
 * file is refused with one line naming the file, so a broken bundle fails at start-up, not mid-batch.
 */
public final class CsvTable {
  /** One data row: its line number in the file (the header is line 1) and its fields. */
  public record Line(int number, List<String> fields) {
    public String get(int index) {
      return fields.get(index);
    }
  }

  private CsvTable() {}

  /**
   * @param what what the file holds, for errors ("the metric dictionary")
   * @param resource the file's name, for errors
   * @param header what the header line starts with
   * @param minFields the fewest fields a data row may have
   */
  public static List<Line> read(InputStream in, String what, String resource, String header, int minFields) {
    if (in == null) {
      throw new IllegalStateException("Cannot load " + what + ": " + resource + " is missing");
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String first = reader.readLine();
      if (first == null || !first.startsWith(header)) {
        throw new IllegalStateException("Cannot load " + what + ": unexpected header " + first);
      }
      int number = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = Csv.split(line);
        if (fields.size() < minFields) {
          throw new IllegalStateException(
              "Cannot load " + what + ": line " + number + " of " + resource + " has " + fields.size() + " fields");
        }
        lines.add(new Line(number, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return lines;
  }
}
