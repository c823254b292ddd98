package dev.wf.api.expr;

/**
 * Finds where a {@code {{=...}}} tag ends: the first {@code }}} that is neither inside a string
 * literal nor closing a brace the expression opened (a map literal or a closure).
 */
final class ExpressionEnd {
  private ExpressionEnd() {}

  /** The index of the closing {@code }}}, or -1 when there is none. */
  static int find(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = closingQuote(text, i);
        if (close < 0) return text.indexOf("}}", from);
        i = close;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0 && i + 1 < text.length() && text.charAt(i + 1) == '}') return i;
        depth = Math.max(0, depth - 1);
      }
    }
    return text.indexOf("}}", from);
  }

  private static int closingQuote(String text, int open) {
    char quote = text.charAt(open);
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') i++;
      else if (c == quote) return i;
    }
    return -1;
  }
}
