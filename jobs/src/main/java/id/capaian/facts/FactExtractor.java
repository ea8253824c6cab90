package id.capaian.facts;

import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableKind;
import id.capaian.facts.value.ValueParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts stage for one document, pure: every number of every data table and key sentence becomes
 * a {@link Fact}, every data-table cell that gives none a {@link SkippedCell} with its reason, and
 * facts that contradict each other within the document are flagged. Stateless and thread-safe.
 */
public final class FactExtractor {
  private final ValueParser parser;
  private final MetricDictionary metrics;
  private final SentencePatterns sentences;
  private final ProgramNomenklatur nomenklatur;

  public FactExtractor(
      ValueParser parser,
      MetricDictionary metrics,
      SentencePatterns sentences,
      ProgramNomenklatur nomenklatur) {
    this.parser = parser;
    this.metrics = metrics;
    this.sentences = sentences;
    this.nomenklatur = nomenklatur;
  }

  /** The extractor with the bundled dictionaries. */
  public static FactExtractor defaults() {
    return new FactExtractor(
        new ValueParser(),
        MetricDictionary.defaults(),
        SentencePatterns.defaults(),
        ProgramNomenklatur.defaults());
  }

  public DocumentFacts extract(ExtractedDocument doc) {
    List<Fact> facts = new ArrayList<>();
    List<SkippedCell> skipped = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (ExtractedTable t : doc.tables()) {
      spans.add(new int[] {t.firstLine(), t.lastLine()});
    }
    for (ExtractedTable table : doc.tables()) {
      if (table.kind() != TableKind.DATA) {
        continue;
      }
      TableContext context = TableContext.of(doc, table, spans);
      DocumentFacts one = new TableFacts(doc.sha256(), table, context, parser, metrics, nomenklatur).extract();
      facts.addAll(one.facts());
      skipped.addAll(one.skipped());
    }
    SentenceFacts prose = new SentenceFacts(sentences, parser);
    for (Paragraphs.Paragraph paragraph : Paragraphs.of(doc.lines(), line -> inTable(line, spans))) {
      facts.addAll(prose.read(doc.sha256(), paragraph, doc.lines(), doc.identity().planYear()));
    }
    return new DocumentFacts(ConflictFlagger.flag(facts), skipped);
  }

  private static boolean inTable(int line, List<int[]> spans) {
    for (int[] span : spans) {
      if (line >= span[0] && line <= span[1]) {
        return true;
      }
    }
    return false;
  }
}
