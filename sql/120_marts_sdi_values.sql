-- Region-wide figures in the Satu Data Indonesia open-data layout, one judul per metric and measure:
-- what 'capaian export --format sdi' writes, one file per metric.
create or replace view sdi_values as
with

regions as (
  select * from ref_regions
),

titles as (
  select * from ref_metrics
),

-- indicators of the whole agency (level null or dinas); where a region has several such rows for one
-- metric, measure and year (a pagu of two stages), the one with the fewest qualifiers stands
indicators as (
  select
    region_code,
    metric,
    measure,
    year,
    value
  from metric_values
  where
    metric <> 'anggaran'
    and measure in ('target', 'realisasi')
    and (level is null or level = 'dinas')
  qualify row_number() over (
    partition by region_code, metric, measure, year
    order by level nulls first, kode nulls first, item nulls first, stage nulls first
  ) = 1
),

indicator_rows as (
  select
    indicators.region_code,
    indicators.metric,
    case indicators.measure
      when 'target' then 'Target ' || coalesce(titles.judul, indicators.metric)
      else coalesce(titles.judul, indicators.metric)
    end as judul,
    coalesce(titles.satuan, '') as satuan,
    indicators.year,
    indicators.value
  from indicators
  left join titles on titles.metric = indicators.metric
),

budget as (
  select * from trend_budget_realization where level = 'dinas'
),

-- the agency's budget: final pagu, realisasi and serapan, one judul each
budget_rows as (
  select region_code, 'anggaran' as metric, judul, satuan, year, value
  from budget,
    lateral (
      values
        ('Pagu Anggaran Dinas', 'Rp', pagu_final),
        ('Realisasi Anggaran Dinas', 'Rp', realisasi),
        ('Persentase Serapan Anggaran Dinas', '%',
          coalesce(serapan_pct_printed, serapan_pct_recomputed))
    ) as b(judul, satuan, value)
  where value is not null
),

combined as (
  select * from indicator_rows
  union all
  select * from budget_rows
)

select
  combined.metric,
  combined.region_code as kode_wilayah,
  lower(regions.region_kind) as level_wilayah,
  regions.region_title as nama_wilayah,
  combined.judul,
  combined.satuan,
  combined.year as tahun,
  combined.value as data
from combined
left join regions on regions.region_code = combined.region_code;

comment on view sdi_values is
  'Region-wide figures in the Satu Data Indonesia layout: realisasi and target '
  'of each indicator, and the agency''s pagu, realisasi and serapan.';
comment on column sdi_values.metric is
  'canonical metric: the export writes one file per metric';
comment on column sdi_values.kode_wilayah is
  'four-digit kabupaten/kota code (Kemendagri/BPS)';
comment on column sdi_values.level_wilayah is 'kabupaten or kota';
comment on column sdi_values.nama_wilayah is 'region name, e.g. Kota Semarang';
comment on column sdi_values.judul is
  'title of the series, e.g. Persentase Koperasi Aktif, Target Rasio Wirausaha';
comment on column sdi_values.satuan is 'unit: %, unit, orang, jiwa, nilai, Rp';
comment on column sdi_values.tahun is 'year';
comment on column sdi_values.data is 'the value';
