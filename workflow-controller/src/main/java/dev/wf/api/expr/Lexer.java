package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expr-lang expression into tokens; a character it cannot read is an error. */
final class Lexer {
  private static final List<String> OPERATORS =
      List.of(
          "**", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "..", "+", "-", "*", "/", "%", "^",
          "<", ">", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "|");

  private final String source;
  private int pos;

  private Lexer(String source) {
    this.source = source;
  }

  static List<Token> tokenize(String source) {
    var lexer = new Lexer(source);
    var tokens = new ArrayList<Token>();
    Token token;
    do {
      token = lexer.next();
      tokens.add(token);
    } while (token.kind() != Token.Kind.END);
    return tokens;
  }

  private Token next() {
    while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) pos++;
    if (pos >= source.length()) return new Token(Token.Kind.END, "", pos, null);
    char c = source.charAt(pos);
    if (Character.isDigit(c)) return number();
    if (c == '\'' || c == '"') return quoted(c);
    if (c == '`') return raw();
    if (c == '#') return pointer();
    if (isNameStart(c)) return name();
    for (String op : OPERATORS) {
      if (source.startsWith(op, pos) && !(op.equals("?.") && nextIsDigit(pos + 2))) {
        pos += op.length();
        return new Token(Token.Kind.OPERATOR, op, pos - op.length(), null);
      }
    }
    throw ExpressionException.at(source, pos, "unexpected character \"" + c + "\"");
  }

  private Token number() {
    int start = pos;
    if (source.startsWith("0x", pos) || source.startsWith("0X", pos)) {
      pos += 2;
      while (pos < source.length() && isHexDigit(source.charAt(pos))) pos++;
      String digits = source.substring(start + 2, pos).replace("_", "");
      return new Token(Token.Kind.NUMBER, text(start), start, Long.parseLong(digits, 16));
    }
    digits();
    boolean decimal = false;
    if (pos + 1 < source.length() && source.charAt(pos) == '.' && nextIsDigit(pos + 1)) {
      decimal = true;
      pos++;
      digits();
    }
    if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
      int mark = pos++;
      if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) pos++;
      if (nextIsDigit(pos)) {
        decimal = true;
        digits();
      } else {
        pos = mark;
      }
    }
    String literal = text(start).replace("_", "");
    Object value = decimal ? (Object) Double.parseDouble(literal) : parseInteger(literal, start);
    return new Token(Token.Kind.NUMBER, text(start), start, value);
  }

  private Object parseInteger(String literal, int start) {
    try {
      return Long.parseLong(literal);
    } catch (NumberFormatException e) {
      throw ExpressionException.at(source, start, "number " + literal + " is too large");
    }
  }

  private void digits() {
    while (pos < source.length()
        && (Character.isDigit(source.charAt(pos)) || source.charAt(pos) == '_')) pos++;
  }

  private Token quoted(char quote) {
    int start = pos++;
    var value = new StringBuilder();
    while (pos < source.length() && source.charAt(pos) != quote) {
      char c = source.charAt(pos++);
      if (c == '\\') {
        value.append(escape(start));
      } else {
        value.append(c);
      }
    }
    if (pos >= source.length()) throw ExpressionException.at(source, start, "unterminated string");
    pos++;
    return new Token(Token.Kind.STRING, text(start), start, value.toString());
  }

  private String escape(int start) {
    if (pos >= source.length()) throw ExpressionException.at(source, start, "unterminated string");
    char c = source.charAt(pos++);
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case '0' -> "\0";
      case 'u' -> unicode();
      default -> String.valueOf(c);
    };
  }

  private String unicode() {
    if (pos + 4 > source.length()) throw ExpressionException.at(source, pos, "bad \\u escape");
    try {
      String hex = source.substring(pos, pos + 4);
      pos += 4;
      return String.valueOf((char) Integer.parseInt(hex, 16));
    } catch (NumberFormatException e) {
      throw ExpressionException.at(source, pos - 4, "bad \\u escape");
    }
  }

  private Token raw() {
    int start = pos++;
    int end = source.indexOf('`', pos);
    if (end < 0) throw ExpressionException.at(source, start, "unterminated string");
    pos = end + 1;
    return new Token(Token.Kind.STRING, text(start), start, source.substring(start + 1, end));
  }

  private Token pointer() {
    int start = pos++;
    while (pos < source.length() && isNamePart(source.charAt(pos))) pos++;
    return new Token(Token.Kind.POINTER, text(start), start, null);
  }

  private Token name() {
    int start = pos;
    while (pos < source.length() && isNamePart(source.charAt(pos))) pos++;
    return new Token(Token.Kind.NAME, text(start), start, null);
  }

  private String text(int start) {
    return source.substring(start, pos);
  }

  private boolean nextIsDigit(int at) {
    return at < source.length() && Character.isDigit(source.charAt(at));
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || Character.isDigit(c);
  }

  private static boolean isHexDigit(char c) {
    return Character.digit(c, 16) >= 0 || c == '_';
  }
}
