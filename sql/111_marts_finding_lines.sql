-- The data-quality findings with the text of each line they point to, for reading a finding beside
-- the document. A cross-document finding lists the lines of both documents in one array, so only the
-- lines of a single-document finding can be matched to their text.
create or replace view finding_lines as
with

findings as (
  select * from dq_findings
),

pointed as (
  select
    findings.*,
    -- a finding without lines keeps one row, with a null line
    unnest(
      case when len(findings.source_lines) = 0 then [null] else findings.source_lines end
    ) as source_line
  from findings
),

-- The line's text is cut from its document per row (after the query's filters), not joined from
-- document_lines: splitting every document to answer one figure took 200+ ms on 5000 documents.
texts as (
  select doc_id, text from doc_text
)

select
  pointed.finding_id,
  pointed.doc_id,
  pointed.source_file,
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
  -- documents written on Windows end lines with CR LF; the reader drops the CR too
  rtrim(string_split(texts.text, chr(10))[pointed.source_line], chr(13)) as source_text
from pointed
left join texts
  on pointed.related_doc_id is null
  and texts.doc_id = pointed.doc_id;

comment on view finding_lines is
  'One row per data-quality finding and line it points to, with the text of '
  'that line where the finding is about one document.';
comment on column finding_lines.finding_id is 'dq_findings.finding_id';
comment on column finding_lines.doc_id is 'document the finding is about';
comment on column finding_lines.source_file is 'file of that document';
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
