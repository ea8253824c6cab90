package id.capaian.synth;

import id.capaian.reference.Regions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus: {@code OUT/corpus/} holds the documents, {@code OUT/gold/facts.csv} every
 * fact they state (the columns of the real gold file) and {@code OUT/gold/documents.csv} the identity
 * each must get. Generation streams document by document, so a corpus of any size fits in memory.
 */
public final class SyntheticCorpus {
  private static final List<String> AGENCIES =
      List.of(
          "DINAS KOPERASI DAN USAHA MIKRO",
          "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
          "DINAS KOPERASI DAN UKM",
          "DINAS KOPERASI, USAHA MIKRO, KECIL DAN MENENGAH");

  private SyntheticCorpus() {}

  /** What was written. */
  public record Summary(Path corpus, Path facts, Path documents, int documentCount, long factCount, long bytes) {}

  public static Summary write(SynthSpec spec, Path out) throws IOException {
    Path corpus = out.resolve("corpus");
    Path gold = out.resolve("gold");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> existing = Files.list(corpus)) {
        if (existing.findAny().isPresent()) {
          throw new IllegalArgumentException("Cannot generate: " + corpus + " is not empty");
        }
      }
    }
    Files.createDirectories(corpus);
    Files.createDirectories(gold);
    Regions regions = Regions.defaults();
    List<PlannedDocument> plan = CorpusPlan.of(spec, regions);
    Path factsFile = gold.resolve("facts.csv");
    Path documentsFile = gold.resolve("documents.csv");
    long facts = 0;
    long bytes = 0;
    try (BufferedWriter factsOut = Files.newBufferedWriter(factsFile, StandardCharsets.UTF_8);
        BufferedWriter docsOut = Files.newBufferedWriter(documentsFile, StandardCharsets.UTF_8)) {
      factsOut.write(TruthFact.HEADER + "\n");
      docsOut.write("file,region_code,region_name,doc_type,plan_year,period_start,period_end\n");
      RegionFigures figures = null;
      for (PlannedDocument doc : plan) {
        if (figures == null || !figures.region().equals(doc.region())) {
          figures = new RegionFigures(spec.seed(), doc.region());
        }
        DocumentText text = render(spec.seed(), doc, figures);
        byte[] content = text.text().getBytes(StandardCharsets.UTF_8);
        Files.write(corpus.resolve(doc.file()), content);
        bytes += content.length;
        for (TruthFact fact : text.facts()) {
          factsOut.write(fact.csvLine() + "\n");
          facts++;
        }
        docsOut.write(documentLine(doc) + "\n");
      }
    }
    return new Summary(corpus, factsFile, documentsFile, plan.size(), facts, bytes);
  }

  /** A generated document: its text and the facts it states. */
  public record GeneratedDocument(PlannedDocument plan, String text, List<TruthFact> facts) {}

  /** One planned document, generated alone (for tests and benchmarks). */
  public static GeneratedDocument generate(long seed, PlannedDocument doc) {
    DocumentText text = render(seed, doc, new RegionFigures(seed, doc.region()));
    return new GeneratedDocument(doc, text.text(), text.facts());
  }

  static DocumentText render(long seed, PlannedDocument doc, RegionFigures figures) {
    Draw draw = Draw.of(seed, doc.file(), "text");
    DocumentText text = new DocumentText(doc.file(), doc.region().code());
    Writing writing = new Writing(doc, figures, draw, text, draw.pick(AGENCIES));
    switch (doc.type()) {
      case RENJA -> new RenjaWriter(writing).write();
      case LKJIP -> new LkjipWriter(writing).write();
      case RENSTRA -> new RenstraWriter(writing).write();
    }
    return text;
  }

  private static String documentLine(PlannedDocument doc) {
    boolean renstra = doc.type() == id.capaian.extract.DocType.RENSTRA;
    return String.join(",", doc.file(), doc.region().code(), doc.region().name(), doc.type().name(),
        renstra ? "" : Integer.toString(doc.year()), renstra ? Integer.toString(doc.year()) : "",
        renstra ? Integer.toString(doc.endYear()) : "");
  }
}
