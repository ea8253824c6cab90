package id.capaian.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The region table of {@code data/reference/regions.csv}, loaded once from the classpath. */
public final class Regions {
  private static final String RESOURCE = "/data/reference/regions.csv";
  private static volatile Regions defaults;

  private final Map<String, Region> byCode;

  private Regions(List<Region> regions) {
    Map<String, Region> map = new LinkedHashMap<>();
    for (Region region : regions) {
      map.put(region.code(), region);
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /** The bundled table (514 kabupaten/kota). */
  public static Regions defaults() {
    Regions local = defaults;
    if (local == null) {
      synchronized (Regions.class) {
        local = defaults;
        if (local == null) {
          local = load(Regions.class.getResourceAsStream(RESOURCE));
          defaults = local;
        }
      }
    }
    return local;
  }

  static Regions load(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("Cannot load regions: " + RESOURCE + " is not on the classpath");
    }
    List<Region> regions = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("code,province_code,province_name,name")) {
        throw new IllegalStateException("Cannot load regions: unexpected header " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> f = Csv.split(line);
        regions.add(new Region(f.get(0), f.get(1), f.get(2), f.get(3)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Regions(regions);
  }

  public Optional<Region> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public List<Region> all() {
    return List.copyOf(byCode.values());
  }
}
