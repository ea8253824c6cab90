package id.capaian.serve;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.testing.SharedCorpus;
import id.capaian.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every published view and column is described, and {@code docs/data-dictionary.md} says what the
 * views say. {@code -Dcapaian.dictionary.write=true} rewrites the document instead of failing.
 */
class DataDictionaryTest {
  private static final Path DOCUMENT = SharedCorpus.projectDir().resolve("docs/data-dictionary.md");
  private static DataDictionary dictionary;

  @BeforeAll
  static void publishEmptyWarehouse(@TempDir Path dir) throws Exception {
    // An empty warehouse publishes every view with its contract's types, so the dictionary does not
    // depend on which stages have run.
    new Publisher(new Warehouse(dir), SqlScripts.bundled()).publish();
    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      dictionary = DataDictionary.read(c);
    }
  }

  @Test
  void testEveryViewAndColumnIsDescribed() {
    assertThat(dictionary.views()).hasSizeGreaterThan(5);
    assertThat(dictionary.undescribed()).as("views and columns published without a comment").isEmpty();
  }

  @Test
  void testDocumentMatchesThePublishedViews() throws Exception {
    String generated = dictionary.markdown();
    if (Boolean.getBoolean("capaian.dictionary.write")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
    }
    assertThat(DOCUMENT).as("docs/data-dictionary.md (regenerate with -Dcapaian.dictionary.write=true)")
        .exists();
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as("docs/data-dictionary.md is out of date: regenerate with"
            + " mvn -o test -Dtest=DataDictionaryTest -Dcapaian.dictionary.write=true")
        .isEqualTo(generated);
  }

  @Test
  void testMarkdownListsEachColumnWithTypeAndDescription() {
    assertThat(dictionary.markdown())
        .contains("## facts\n")
        .contains("| `value` | DOUBLE | the number (Rupiah in rupiah, percentages as 76.64 for 76,64%) |")
        .contains("| `region_title` | VARCHAR | the name as a title, e.g. Kota Semarang |");
  }
}
