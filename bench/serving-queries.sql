-- Queries of the serving benchmark, run unchanged by DuckDB (on WAREHOUSE/capaian.duckdb's views) and
-- by Spark SQL (on a temporary view of the same Parquet). Each starts with "-- name: ...".

-- name: koperasi aktif % by region and year
select region_code, year, avg(value) as koperasi_aktif_pct
from facts
where metric = 'koperasi_aktif_pct' and measure = 'realisasi'
group by region_code, year
order by region_code, year;

-- name: budget realisation of the agency by region and year
select region_code, year,
  max(case when measure = 'pagu' then value end) as pagu,
  max(case when measure = 'realisasi' then value end) as realisasi,
  max(case when measure = 'serapan_pct' then value end) as serapan_pct
from facts
where metric = 'anggaran' and level = 'dinas' and doc_type = 'LKJIP'
group by region_code, year
order by region_code, year;

-- name: top 10 regions by wirausaha % in the latest year
select region_code, year, max(value) as wirausaha_pct
from facts
where metric = 'wirausaha_pct' and measure = 'realisasi'
  and year = (select max(year) from facts where metric = 'wirausaha_pct')
group by region_code, year
order by wirausaha_pct desc, region_code
limit 10;

-- name: one region's cooperative figures with their source lines
select source_file, source_line, metric, measure, year, value
from facts
where region_code = (select min(region_code) from facts) and metric like 'koperasi%'
order by year, metric, measure, source_file, source_line;
