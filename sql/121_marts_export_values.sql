-- The reconciled values with the names a reader needs beside the codes: what 'capaian export --format
-- csv|parquet' writes, one file per metric.
create or replace view export_values as
with

values as (
  select * from metric_values
),

regions as (
  select * from ref_regions
),

titles as (
  select * from ref_metrics
)

select
  values.metric,
  titles.judul,
  values.region_code,
  regions.region_title,
  regions.province_name,
  values.measure,
  values.year,
  values.level,
  values.kode,
  values.stage,
  values.item,
  values.value,
  values.unit,
  values.conflict,
  values.n_documents,
  values.source_file,
  values.source_line
from values
left join regions on regions.region_code = values.region_code
left join titles on titles.metric = values.metric;

comment on view export_values is
  'The reconciled values (metric_values) with region and metric names, '
  'as capaian export writes them to CSV or Parquet.';
comment on column export_values.metric is 'canonical metric';
comment on column export_values.judul is 'the metric''s Indonesian title';
comment on column export_values.region_code is 'four-digit kabupaten/kota code';
comment on column export_values.region_title is 'region name, e.g. Kota Semarang';
comment on column export_values.province_name is 'province name in upper case';
comment on column export_values.measure is
  'target, realisasi, capaian; pagu, realisasi, serapan_pct for anggaran';
comment on column export_values.year is 'the year the value is for';
comment on column export_values.level is
  'dinas, program, kegiatan, ...; null for an indicator of the whole agency';
comment on column export_values.kode is 'nomenclature code';
comment on column export_values.stage is 'budget stage of a pagu';
comment on column export_values.item is
  'normalised subject where no kode identifies a row below dinas level';
comment on column export_values.value is 'the reconciled value';
comment on column export_values.unit is 'unit of the value';
comment on column export_values.conflict is
  'true when the documents disagree beyond rounding (see figure_sources)';
comment on column export_values.n_documents is 'documents that reported it';
comment on column export_values.source_file is 'file of the chosen value';
comment on column export_values.source_line is 'line of the chosen value';
