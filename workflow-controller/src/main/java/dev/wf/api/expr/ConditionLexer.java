package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a {@code when} condition into tokens, the govaluate way Argo reads it: numbers, quoted
 * strings, {@code true}/{@code false}, operators, and bare words, which are strings. A bare word
 * may contain {@code - . / : @ _} so that {@code my-step == my-step} compares two strings.
 */
final class ConditionLexer {
  private static final List<String> OPERATORS =
      List.of(
          "==", "!=", "<=", ">=", "=~", "!~", "&&", "||", "<", ">", "!", "(", ")", "+", "-", "*",
          "/", "%");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private ConditionLexer() {}

  static List<Token> tokenize(String source) {
    var tokens = new ArrayList<Token>();
    int pos = 0;
    while (true) {
      while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) pos++;
      if (pos >= source.length()) {
        tokens.add(new Token(Token.Kind.END, "", pos, null));
        return tokens;
      }
      Token token = token(source, pos);
      tokens.add(token);
      pos += token.text().length();
    }
  }

  private static Token token(String source, int pos) {
    char c = source.charAt(pos);
    if (c == '\'' || c == '"') return quoted(source, pos);
    if (isWordChar(c) && c != '-' && c != '.') return word(source, pos);
    for (String op : OPERATORS) {
      if (source.startsWith(op, pos)) return new Token(Token.Kind.OPERATOR, op, pos, null);
    }
    throw ExpressionException.at(source, pos, "unexpected character \"" + c + "\"");
  }

  private static Token word(String source, int pos) {
    int end = pos;
    while (end < source.length() && isWordChar(source.charAt(end))) end++;
    String text = source.substring(pos, end);
    if (NUMBER.matcher(text).matches()) {
      Object value =
          text.matches("\\d{1,18}") ? (Object) Long.parseLong(text) : Double.parseDouble(text);
      return new Token(Token.Kind.NUMBER, text, pos, value);
    }
    if (text.equals("true") || text.equals("false")) {
      return new Token(Token.Kind.NAME, text, pos, Boolean.parseBoolean(text));
    }
    return new Token(Token.Kind.STRING, text, pos, text);
  }

  private static Token quoted(String source, int pos) {
    char quote = source.charAt(pos);
    var value = new StringBuilder();
    int i = pos + 1;
    while (i < source.length() && source.charAt(i) != quote) {
      char c = source.charAt(i++);
      if (c == '\\' && i < source.length()) c = source.charAt(i++);
      value.append(c);
    }
    if (i >= source.length()) throw ExpressionException.at(source, pos, "unterminated string");
    return new Token(Token.Kind.STRING, source.substring(pos, i + 1), pos, value.toString());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || "_-./:@$".indexOf(c) >= 0;
  }
}
