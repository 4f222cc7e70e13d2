package org.ovop.till.app.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, quoted with double quotes, a quote inside a quoted
 * field doubled, line breaks allowed inside quotes. Each record remembers the line it starts on, so
 * a manager can find a bad row in a spreadsheet.
 */
public final class CsvReader {
  /** One record and the file line it starts on (1-based). */
  public record Row(int lineNo, List<String> fields, String problem) {}

  private CsvReader() {}

  public static List<Row> read(String text) {
    List<Row> rows = new ArrayList<>();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // spreadsheets often save UTF-8 with a byte order mark
    }
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int startLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      String problem = null;
      boolean endOfRecord = false;
      while (i < n && !endOfRecord) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            quoted = false;
            i++;
            continue;
          }
          if (c == '\n') {
            line++;
          }
          field.append(c);
          i++;
          continue;
        }
        switch (c) {
          case '"' -> {
            if (field.length() == 0 && !wasQuoted) {
              quoted = true;
              wasQuoted = true;
            } else if (problem == null) {
              problem =
                  "a quote inside an unquoted field (quote the whole field and double the \")";
            }
            i++;
          }
          case ',' -> {
            fields.add(field.toString());
            field.setLength(0);
            wasQuoted = false;
            i++;
          }
          case '\r' -> i++;
          case '\n' -> {
            line++;
            i++;
            endOfRecord = true;
          }
          default -> {
            if (wasQuoted && problem == null) {
              problem = "text after a closing quote";
            }
            field.append(c);
            i++;
          }
        }
      }
      if (quoted) {
        problem = "a quoted field is never closed";
      }
      fields.add(field.toString());
      boolean blank = fields.size() == 1 && fields.get(0).isBlank() && problem == null;
      if (!blank) {
        rows.add(new Row(startLine, List.copyOf(fields), problem));
      }
    }
    return rows;
  }
}
