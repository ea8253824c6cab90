package id.capaian.synth;

import id.capaian.extract.DocType;
import id.capaian.reference.Region;
import id.capaian.reference.Regions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The documents of a synthetic corpus, in a fixed order, with names that say nothing about them. */
public final class CorpusPlan {
  private CorpusPlan() {}

  public static List<PlannedDocument> of(SynthSpec spec, Regions regions) {
    List<Region> all = new ArrayList<>(regions.all());
    if (spec.regions() > all.size()) {
      throw new IllegalArgumentException(
          "Cannot generate: --regions " + spec.regions() + " exceeds the " + all.size() + " regions known");
    }
    // A seeded shuffle (Fisher-Yates with our own draws, stable across JDKs), then code order.
    Draw draw = Draw.of(spec.seed(), "regions");
    for (int i = all.size() - 1; i > 0; i--) {
      int j = draw.between(0, i);
      Region tmp = all.get(i);
      all.set(i, all.get(j));
      all.set(j, tmp);
    }
    List<Region> chosen = new ArrayList<>(all.subList(0, spec.regions()));
    chosen.sort(Comparator.comparing(Region::code));
    List<PlannedDocument> docs = new ArrayList<>();
    for (Region region : chosen) {
      for (int year = spec.fromYear(); year <= spec.toYear(); year++) {
        if ((year - spec.fromYear()) % 5 == 0) {
          docs.add(plan(spec, docs.size(), region, DocType.RENSTRA, year));
        }
        docs.add(plan(spec, docs.size(), region, DocType.RENJA, year));
        docs.add(plan(spec, docs.size(), region, DocType.LKJIP, year));
      }
    }
    return docs;
  }

  private static PlannedDocument plan(SynthSpec spec, int index, Region region, DocType type, int year) {
    Draw draw = Draw.of(spec.seed(), region.code(), type, year, "layout");
    boolean pipe = type == DocType.RENJA && draw.chance(0.5);
    String extension = pipe && draw.chance(0.3) ? ".md" : ".txt";
    String name = String.format("%05d_%016x%s", index, draw.nextLong(), extension);
    return new PlannedDocument(name, region, type, year, pipe);
  }
}
