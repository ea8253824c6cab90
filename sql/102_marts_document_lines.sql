-- Every line of every accepted document, numbered as facts.source_line numbers them, so a number can
-- be shown beside the line it was read from.
create or replace view document_lines as
with

documents as (
  select doc_id, source_file, string_split(text, chr(10)) as lines
  from doc_text
),

numbered as (
  select
    doc_id,
    source_file,
    generate_subscripts(lines, 1) as source_line,
    unnest(lines) as line
  from documents
)

select
  doc_id,
  source_file,
  source_line,
  -- documents written on Windows end lines with CR LF; the reader drops the CR too
  rtrim(line, chr(13)) as line
from numbered;

comment on view document_lines is
  'One row per line of an accepted document (from doc_text), '
  'to read the line a fact or a finding points to.';
comment on column document_lines.doc_id is 'document id (documents.doc_id)';
comment on column document_lines.source_file is
  'path of the document relative to the input folder';
comment on column document_lines.source_line is
  '1-based line number, as in facts.source_line';
comment on column document_lines.line is 'the text of the line';
