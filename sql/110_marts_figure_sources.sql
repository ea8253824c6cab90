-- Every number behind each reconciled figure: the candidates of a metric_values key, ranked as the
-- precedence rules ranked them, with the file, table and line each was printed on and that line's text.
create or replace view figure_sources as
with

candidates as (
  select * from metric_candidates
),

regions as (
  select region_code, region_title from ref_regions
),

-- sorted by doc_id: the few lines a query keeps are read from a row group or
-- two, not from every document's text
lines as (
  select doc_id, source_line, line from document_lines
),

-- The region is joined here, under the join with the lines, so a query's
-- filters on the figure's key (region included) have kept its few candidates
-- before any line is read, and their doc_ids reach the scan of document_lines.
described as (
  select
    candidates.*,
    regions.region_title
  from candidates
  left join regions on regions.region_code = candidates.region_code
)

select
  described.region_code,
  described.region_title,
  described.metric,
  described.measure,
  described.year,
  described.level,
  described.kode,
  described.stage,
  described.item,
  described.rank,
  described.chosen,
  described.value,
  described.unit,
  described.origin,
  described.flags,
  described.doc_id,
  described.source_file,
  described.doc_type,
  described.table_no,
  described.source_line,
  described.raw_text,
  lines.line as source_text
from described
left join lines
  on
    lines.doc_id = described.doc_id
    and lines.source_line = described.source_line;

comment on view figure_sources is
  'One row per candidate value behind a reconciled figure (metric_values key), '
  'with its rank, file, table, line and the text of that line.';
comment on column figure_sources.region_code is 'key: four-digit kabupaten/kota code';
comment on column figure_sources.region_title is 'region name as a title, e.g. Kota Depok';
comment on column figure_sources.metric is 'key: canonical metric';
comment on column figure_sources.measure is
  'key: target, realisasi, capaian; pagu, realisasi, serapan_pct';
comment on column figure_sources.year is 'key: year';
comment on column figure_sources.level is 'key: level (dinas, program, ...)';
comment on column figure_sources.kode is 'key: nomenclature code';
comment on column figure_sources.stage is 'key: budget stage of a pagu';
comment on column figure_sources.item is 'key: normalised subject (metric_values.item)';
comment on column figure_sources.rank is
  '1 for the value metric_values chose, then in precedence order';
comment on column figure_sources.chosen is 'true for the chosen value';
comment on column figure_sources.value is 'the candidate value';
comment on column figure_sources.unit is 'unit of the value';
comment on column figure_sources.origin is 'table, prose or derived_sum';
comment on column figure_sources.flags is
  'why the value needs care (facts.flags, plus derived_sum)';
comment on column figure_sources.doc_id is 'document id';
comment on column figure_sources.source_file is
  'file the value was read from, relative to the input folder';
comment on column figure_sources.doc_type is 'RENJA, RENSTRA or LKJIP';
comment on column figure_sources.table_no is 'table of the value; null for prose';
comment on column figure_sources.source_line is
  '1-based line of the value (first child''s line for a derived sum)';
comment on column figure_sources.raw_text is
  'the cell or sentence text (for a derived sum: which rows were added)';
comment on column figure_sources.source_text is
  'the whole line of the document the value stands on';
