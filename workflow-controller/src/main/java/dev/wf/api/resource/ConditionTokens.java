package dev.wf.api.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a condition, as Kubernetes' selector lexer splits them: the symbols {@code ! != =
 * == > < ( ) ,}, and identifiers, which run until whitespace or a symbol ({@code in} and {@code
 * notin} are identifiers too, read as keywords where an operator is due).
 */
final class ConditionTokens {
  private static final String SYMBOL_CHARS = "!=><(),";
  private static final List<String> SYMBOLS =
      List.of("!=", "==", "!", "=", ">", "<", "(", ")", ",");

  private record Token(String text, boolean symbol, int offset) {}

  private final List<Token> tokens = new ArrayList<>();
  private final int length;
  private int next;

  ConditionTokens(String text) {
    this.length = text.length();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (SYMBOL_CHARS.indexOf(c) >= 0) {
        String symbol = symbolAt(text, i);
        tokens.add(new Token(symbol, true, i));
        i += symbol.length();
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && SYMBOL_CHARS.indexOf(text.charAt(i)) < 0) i++;
        tokens.add(new Token(text.substring(start, i), false, start));
      }
    }
  }

  private static String symbolAt(String text, int i) {
    for (String s : SYMBOLS) {
      if (text.startsWith(s, i)) return s;
    }
    return String.valueOf(text.charAt(i));
  }

  boolean atEnd() {
    return next >= tokens.size();
  }

  /** Where the next token starts (the text's length at the end). */
  int offset() {
    return atEnd() ? length : tokens.get(next).offset();
  }

  boolean peekSymbol(String symbol) {
    return !atEnd() && tokens.get(next).symbol() && tokens.get(next).text().equals(symbol);
  }

  boolean acceptSymbol(String symbol) {
    if (!peekSymbol(symbol)) return false;
    next++;
    return true;
  }

  boolean acceptWord(String word) {
    if (atEnd() || tokens.get(next).symbol() || !tokens.get(next).text().equals(word)) return false;
    next++;
    return true;
  }

  void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) throw unexpected("\"" + symbol + "\"");
  }

  /** The next token, which must be an identifier; {@code what} says what it stands for. */
  String identifier(String what) {
    if (atEnd() || tokens.get(next).symbol()) throw unexpected(what);
    return tokens.get(next++).text();
  }

  ConditionException unexpected(String expected) {
    String found = atEnd() ? "the end" : "\"" + tokens.get(next).text() + "\"";
    return new ConditionException("expected " + expected + ", found " + found, offset());
  }
}
