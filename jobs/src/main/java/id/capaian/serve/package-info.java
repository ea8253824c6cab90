/**
 * Serving the warehouse to analysts: the DuckDB file whose views read the Parquet datasets in place
 * ({@link id.capaian.serve.Publisher}), read-only ad-hoc SQL ({@link id.capaian.serve.QueryRunner}),
 * open-data exports ({@link id.capaian.serve.Exporter}) and the self-contained HTML report
 * ({@link id.capaian.serve.report.ReportBuilder}). Nothing here needs Spark.
 */
package id.capaian.serve;
