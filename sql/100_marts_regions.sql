-- Every kabupaten/kota of the reference list, with what the warehouse's documents cover of it.
create or replace view regions as
with

documents as (
  select * from documents where status = 'accepted'
),

covered as (
  select
    region_code,
    count(*) as count_documents,
    list(distinct doc_type order by doc_type) as doc_types,
    min(coalesce(plan_year, period_start)) as first_year,
    max(coalesce(plan_year, period_end)) as last_year
  from documents
  where region_code is not null
  group by region_code
)

select
  ref.region_code,
  ref.region_name,
  ref.region_title,
  ref.region_kind,
  ref.province_code,
  ref.province_name,
  coalesce(covered.count_documents, 0) as count_documents,
  coalesce(covered.doc_types, []) as doc_types,
  covered.first_year,
  covered.last_year
from ref_regions as ref
left join covered on covered.region_code = ref.region_code;

comment on view regions is
  'One row per kabupaten/kota of the reference list (514, before the 2022 '
  'Papua splits), with the documents the warehouse has of it.';
comment on column regions.region_code is
  'four-digit kabupaten/kota code (Kemendagri/BPS), e.g. 3374';
comment on column regions.region_name is
  'official name in upper case with its kind, e.g. KOTA SEMARANG';
comment on column regions.region_title is
  'the name as a title, e.g. Kota Semarang';
comment on column regions.region_kind is 'KABUPATEN or KOTA';
comment on column regions.province_code is 'two-digit province code';
comment on column regions.province_name is 'province name in upper case';
comment on column regions.count_documents is
  'accepted documents of the region (0 for none)';
comment on column regions.doc_types is
  'the document types it has: LKJIP, RENJA, RENSTRA';
comment on column regions.first_year is
  'earliest plan, report or period-start year of its documents';
comment on column regions.last_year is
  'latest plan, report or period-end year of its documents';
