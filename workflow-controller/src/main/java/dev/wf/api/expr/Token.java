package dev.wf.api.expr;

/**
 * One token of an expression: its kind, its text as written, where it starts (0-based) and, for
 * literals, its value.
 */
record Token(Kind kind, String text, int pos, Object value) {
  /** What a token is. Words (including keywords such as {@code and}) are {@code NAME}. */
  enum Kind {
    NUMBER,
    STRING,
    NAME,
    POINTER,
    OPERATOR,
    END
  }

  boolean is(String operator) {
    return kind == Kind.OPERATOR && text.equals(operator);
  }

  boolean isWord(String word) {
    return kind == Kind.NAME && text.equals(word);
  }

  /** How the token appears in error messages. */
  String describe() {
    return kind == Kind.END ? "end of expression" : "token \"" + text + "\"";
  }
}
