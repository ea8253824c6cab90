package id.capaian.synth;

import id.capaian.reference.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The programs, kegiatan and sub-kegiatan the generated plans list: program names from the project's
 * reference table (the names the facts stage maps back to codes), kegiatan and sub-kegiatan of our own
 * selection with indicators we wrote.
 */
final class Nomenclature {
  /** A program, kegiatan or sub-kegiatan with its indicator. */
  record Item(String kode, String name, String indikator, String satuan) {
    int depth() {
      return kode.split("\\.").length;
    }

    boolean isProgram() {
      return depth() == 3;
    }

    boolean isKegiatan() {
      return depth() == 5;
    }

    boolean isSubKegiatan() {
      return depth() == 6;
    }

    String level() {
      return isProgram() ? "program" : isKegiatan() ? "kegiatan" : "sub_kegiatan";
    }

    /** The name in title case, as the TAB-rendered documents print it. */
    String titleName() {
      return isProgram() ? titleCase(name) : name;
    }
  }

  private static volatile Nomenclature instance;

  private final List<Item> items;
  private final String urusan;

  private Nomenclature(List<Item> items, String urusan) {
    this.items = List.copyOf(items);
    this.urusan = urusan;
  }

  static Nomenclature get() {
    Nomenclature local = instance;
    if (local == null) {
      synchronized (Nomenclature.class) {
        local = instance;
        if (local == null) {
          local = load();
          instance = local;
        }
      }
    }
    return local;
  }

  List<Item> all() {
    return items;
  }

  List<Item> programs() {
    return items.stream().filter(Item::isProgram).toList();
  }

  /** Kegiatan and sub-kegiatan of a program, in order. */
  List<Item> under(Item program) {
    return items.stream()
        .filter(i -> !i.isProgram() && i.kode().startsWith(program.kode() + "."))
        .toList();
  }

  List<Item> subKegiatan(Item kegiatan) {
    return items.stream()
        .filter(i -> i.isSubKegiatan() && i.kode().startsWith(kegiatan.kode() + "."))
        .toList();
  }

  /** URUSAN PEMERINTAHAN BIDANG KOPERASI, ... as the reference table names code 2.17. */
  String urusan() {
    return urusan;
  }

  static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String word : upper.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (word.equals("DAN")) {
        sb.append("dan");
      } else if (word.contains("UMKM") || word.contains("KSP") || word.equals("UKM")) {
        sb.append(word); // acronyms stay upper case
      } else {
        sb.append(capitalise(word));
      }
    }
    return sb.toString();
  }

  private static String capitalise(String word) {
    // Every part of KABUPATEN/KOTA or (UMKM) keeps its first letter up.
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(up && Character.isLetter(c) ? Character.toUpperCase(c) : c);
      up = !Character.isLetter(c);
    }
    return sb.toString();
  }

  private static Nomenclature load() {
    Map<String, String> programNames = new LinkedHashMap<>();
    for (List<String> row : csv("/data/reference/program_nomenklatur.csv")) {
      programNames.put(row.get(0), row.get(1));
    }
    List<Item> items = new ArrayList<>();
    for (List<String> row : csv("/id/capaian/synth/kegiatan.csv")) {
      String kode = row.get(0);
      String name = row.get(1).isEmpty() ? programNames.get(kode) : row.get(1);
      if (name == null) {
        throw new IllegalStateException("Cannot load nomenclature: program " + kode + " is not in the reference table");
      }
      items.add(new Item(kode, name, row.get(2), row.get(3)));
    }
    return new Nomenclature(items, programNames.get("2.17"));
  }

  private static List<List<String>> csv(String resource) {
    InputStream in = Nomenclature.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Cannot load nomenclature: " + resource + " is not on the classpath");
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(Csv.split(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
