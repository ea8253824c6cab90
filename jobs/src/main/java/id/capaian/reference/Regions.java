package id.capaian.reference;

import java.io.InputStream;
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
    List<Region> regions = new ArrayList<>();
    for (CsvTable.Line f : CsvTable.read(in, "regions", RESOURCE, "code,province_code,province_name,name", 4)) {
      regions.add(new Region(f.get(0), f.get(1), f.get(2), f.get(3)));
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
