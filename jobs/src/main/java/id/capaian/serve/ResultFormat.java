package id.capaian.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** How {@code capaian sql} prints a result: an aligned table for people, CSV or JSON for programs. */
public enum ResultFormat {
  /** Aligned columns with a header rule and a row count; numbers right-aligned, NULL spelled out. */
  TABLE {
    @Override
    void write(ResultSet rows, PrintWriter out) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      int n = meta.getColumnCount();
      String[] names = new String[n];
      boolean[] numeric = new boolean[n];
      int[] widths = new int[n];
      for (int i = 0; i < n; i++) {
        names[i] = meta.getColumnLabel(i + 1);
        numeric[i] = isNumeric(meta.getColumnType(i + 1));
        widths[i] = names[i].length();
      }
      List<String[]> cells = new ArrayList<>();
      while (rows.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          String text = text(rows, i + 1);
          row[i] = text == null ? "NULL" : text.replaceAll("\\R", " ");
          widths[i] = Math.max(widths[i], row[i].length());
        }
        cells.add(row);
      }
      out.println(line(names, widths, new boolean[n]));
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < n; i++) {
        rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
      }
      out.println(rule);
      for (String[] row : cells) {
        out.println(line(row, widths, numeric));
      }
      out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
    }

    private String line(String[] values, int[] widths, boolean[] right) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < values.length; i++) {
        String pad = " ".repeat(widths[i] - values[i].length());
        line.append(i == 0 ? "" : " | ").append(right[i] ? pad + values[i] : values[i] + pad);
      }
      return line.toString().stripTrailing();
    }
  },

  /**
   * RFC 4180 with Unix line ends: a header line, fields quoted where they hold a comma, quote or line
   * break; NULL empty.
   */
  CSV {
    @Override
    void write(ResultSet rows, PrintWriter out) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      int n = meta.getColumnCount();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        header.add(quote(meta.getColumnLabel(i)));
      }
      out.println(String.join(",", header));
      while (rows.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          String text = text(rows, i);
          fields.add(text == null ? "" : quote(text));
        }
        out.println(String.join(",", fields));
      }
    }

    private String quote(String field) {
      return field.matches("(?s).*[,\"\r\n].*") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
  },

  /** A JSON array of one object per row; numbers, booleans and lists keep their JSON types. */
  JSON {
    @Override
    void write(ResultSet rows, PrintWriter out) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      int n = meta.getColumnCount();
      try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        while (rows.next()) {
          json.writeStartObject();
          for (int i = 1; i <= n; i++) {
            json.writeFieldName(meta.getColumnLabel(i));
            writeValue(json, rows.getObject(i));
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new SQLException("Cannot write JSON: " + e.getMessage(), e);
      }
      out.println();
    }

    private void writeValue(JsonGenerator json, Object value) throws IOException, SQLException {
      if (value == null) {
        json.writeNull();
      } else if (value instanceof Boolean b) {
        json.writeBoolean(b);
      } else if (value instanceof BigDecimal d) {
        json.writeNumber(d);
      } else if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
        json.writeNumber(d);
      } else if (value instanceof Float f && !f.isNaN() && !f.isInfinite()) {
        json.writeNumber(f);
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Byte) {
        json.writeNumber(((Number) value).longValue());
      } else if (value instanceof java.math.BigInteger i) {
        json.writeNumber(i);
      } else if (value instanceof Array array) {
        json.writeStartArray();
        for (Object item : (Object[]) array.getArray()) {
          writeValue(json, item);
        }
        json.writeEndArray();
      } else {
        json.writeString(value.toString());
      }
    }
  };

  /**
   * A field as text. Doubles in plain notation (a pagu of 21896269612, not 2.1896269612E10), with the
   * shortest digits that read back as the same double.
   */
  static String text(ResultSet rows, int column) throws SQLException {
    int type = rows.getMetaData().getColumnType(column);
    if (type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL) {
      double d = rows.getDouble(column);
      if (rows.wasNull()) {
        return null;
      }
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Double.toString(d);
      }
      String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      return plain.equals("-0") ? "0" : plain;
    }
    return rows.getString(column);
  }

  abstract void write(ResultSet rows, PrintWriter out) throws SQLException;

  static boolean isNumeric(int sqlType) {
    return switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
          Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }
}
