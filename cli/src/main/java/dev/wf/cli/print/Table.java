package dev.wf.cli.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of cells printed in aligned columns, as kubectl and argo print them: every column but the
 * last is as wide as its widest cell plus padding. ANSI color codes take no width, so colored
 * symbols do not push columns apart. Trailing blanks are dropped.
 */
public final class Table {
  private static final Pattern ANSI = Pattern.compile("\033\\[[0-9;]*m");
  private final int padding;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(int padding) {
    this.padding = padding;
  }

  public Table row(String... cells) {
    return row(Arrays.asList(cells));
  }

  public Table row(List<String> cells) {
    rows.add(cells.stream().map(cell -> cell == null ? "" : cell).toList());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public String render() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] + padding - width(cell)));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private int[] widths() {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size() - 1; i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    return widths;
  }

  /** The number of terminal columns the text takes: code points, without color codes. */
  static int width(String text) {
    String plain = ANSI.matcher(text).replaceAll("");
    return plain.codePointCount(0, plain.length());
  }
}
