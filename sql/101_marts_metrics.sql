-- The canonical metrics, with the Indonesian title and unit an open-data portal shows.
create or replace view metrics as
select metric, judul, satuan, description from ref_metrics;

comment on view metrics is
  'One row per canonical metric of the vocabulary (facts.metric): '
  'its Indonesian title and unit, as exports and the report print them.';
comment on column metrics.metric is 'canonical metric key, e.g. koperasi_aktif_pct';
comment on column metrics.judul is
  'Indonesian title, e.g. Persentase Koperasi Aktif (the SDI judul)';
comment on column metrics.satuan is 'usual unit: %, unit, orang, jiwa, nilai, Rp';
comment on column metrics.description is 'what the metric counts, in English';
