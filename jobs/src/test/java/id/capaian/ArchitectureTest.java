package id.capaian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The stage packages depend one way: parsing stays pure (no Spark, no Hadoop), nothing depends on the
 * CLI, and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "id.capaian", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule testPackagesAreFreeOfCycles =
      slices().matching("id.capaian.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule testExtractionAndFactLogicAreSparkFree =
      noClasses()
          .that()
          .resideInAnyPackage("id.capaian.reference..", "id.capaian.extract..", "id.capaian.facts..")
          .and()
          .resideOutsideOfPackage("id.capaian.facts.job..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
          .because("extraction is pure Java, unit-testable in milliseconds; Spark jobs are thin drivers");

  @ArchTest
  static final ArchRule testAnalyticsRulesAreSparkFree =
      noClasses()
          .that()
          .resideInAPackage("id.capaian.analytics")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
          .because("the analytics rules are unit-tested on hand-built facts; analytics.job only groups and writes");

  @ArchTest
  static final ArchRule testNothingDependsOnTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("id.capaian.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("id.capaian.cli..");

  @ArchTest
  static final ArchRule testParsingDoesNotReachLaterStages =
      noClasses()
          .that()
          .resideInAnyPackage("id.capaian.reference..", "id.capaian.extract..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.capaian.facts..", "id.capaian.ingest..", "id.capaian.analytics..",
              "id.capaian.serve..", "id.capaian.warehouse..", "id.capaian.airflow..");
}
