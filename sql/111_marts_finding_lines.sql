-- The data-quality findings with the text of each line they point to, for reading a finding beside
-- the document. A cross-document finding lists the lines of both documents in one array, so only the
-- lines of a single-document finding can be matched to their text.
create or replace view finding_lines as
with

findings as (
  select * from dq_findings
),

documents as (
  select doc_id, doc_type, region_name, plan_year, period_start, period_end
  from documents
  where status = 'accepted'
),

-- sorted by doc_id: one document's lines are read from a row group or two
lines as (
  select doc_id, source_line, line from document_lines
),

-- The document's columns are joined here, under the join with its lines, so
-- a query picking one document by them (region, type, year) has kept its few
-- findings before any line is read: the join with the lines then reads one
-- document's row groups. A join with documents outside the view comes after
-- the lines join and reads every document's lines.
described as (
  select
    findings.*,
    documents.doc_type,
    documents.region_name,
    documents.plan_year,
    documents.period_start,
    documents.period_end
  from findings
  left join documents on documents.doc_id = findings.doc_id
),

pointed as (
  select
    described.*,
    -- a finding without lines keeps one row, with a null line
    unnest(
      case
        when len(described.source_lines) = 0 then [null]
        else described.source_lines
      end
    ) as source_line
  from described
)

select
  pointed.finding_id,
  pointed.doc_id,
  pointed.source_file,
  pointed.doc_type,
  pointed.region_name,
  pointed.plan_year,
  pointed.period_start,
  pointed.period_end,
  pointed.related_doc_id,
  pointed.region_code,
  pointed.check_name,
  pointed.severity,
  pointed.metric,
  pointed.measure,
  pointed.year,
  pointed.kode,
  pointed.message,
  pointed.expected,
  pointed.actual,
  pointed.source_line,
  -- the lines of a cross-document finding are of two documents, so none is
  -- matched; joined on doc_id itself, which lets the join pass the kept
  -- doc_ids down to the scan of document_lines as a filter
  case
    when pointed.related_doc_id is null then lines.line
  end as source_text
from pointed
left join lines
  on
    lines.doc_id = pointed.doc_id
    and lines.source_line = pointed.source_line;

comment on view finding_lines is
  'One row per data-quality finding and line it points to, with the text of '
  'that line where the finding is about one document.';
comment on column finding_lines.finding_id is 'dq_findings.finding_id';
comment on column finding_lines.doc_id is 'document the finding is about';
comment on column finding_lines.source_file is 'file of that document';
comment on column finding_lines.doc_type is
  'RENJA, RENSTRA or LKJIP (documents.doc_type of doc_id)';
comment on column finding_lines.region_name is
  'region of the document in upper case, e.g. KABUPATEN MOJOKERTO';
comment on column finding_lines.plan_year is
  'plan year of a Renja or report year of an LKjIP (documents.plan_year)';
comment on column finding_lines.period_start is
  'first year of a Renstra period (documents.period_start)';
comment on column finding_lines.period_end is
  'last year of a Renstra period (documents.period_end)';
comment on column finding_lines.related_doc_id is
  'the other document of a cross-document finding (then source_text is null)';
comment on column finding_lines.region_code is 'four-digit kabupaten/kota code';
comment on column finding_lines.check_name is
  'children_sum, total_sum, percent_recompute, same_key_values, unit_change, '
  'year_label, malformed_number or check_failed';
comment on column finding_lines.severity is 'error or warning';
comment on column finding_lines.metric is 'metric concerned';
comment on column finding_lines.measure is 'measure concerned';
comment on column finding_lines.year is 'year concerned';
comment on column finding_lines.kode is 'code concerned';
comment on column finding_lines.message is 'what disagrees, in one line';
comment on column finding_lines.expected is
  'the value the check computed or the other source printed';
comment on column finding_lines.actual is 'the value printed';
comment on column finding_lines.source_line is
  'one line the finding points to (null for a finding without lines)';
comment on column finding_lines.source_text is
  'the text of that line (single-document findings only)';
