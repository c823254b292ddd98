package dev.wf.api.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Turns a YAML scalar into a JSON value as Kubernetes tooling reads YAML: null, booleans ({@code
 * true}, {@code yes}, {@code on}, ...), integers (decimal, {@code 0x}, {@code 0o}, {@code 0b} and
 * leading-zero octal) and decimals; everything else, timestamps included, stays text. Numbers keep
 * a plain form so that a string field reads {@code 1.50} as {@code "1.5"} and {@code 1e3} as {@code
 * "1000"}.
 */
final class Scalars {
  private Scalars() {}

  static JsonNode toJson(ScalarNode node) {
    var text = node.getValue();
    var tag = node.getTag();
    if (Tag.NULL.equals(tag)) return NullNode.getInstance();
    if (Tag.BOOL.equals(tag)) return BooleanNode.valueOf(isTrue(text));
    if (Tag.INT.equals(tag)) return integer(text);
    if (Tag.FLOAT.equals(tag)) return decimal(text);
    return TextNode.valueOf(text);
  }

  private static boolean isTrue(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "on" -> true;
      default -> false;
    };
  }

  private static JsonNode integer(String text) {
    var digits = text.replace("_", "");
    if (digits.contains(":")) return TextNode.valueOf(text);
    boolean negative = digits.startsWith("-");
    if (digits.startsWith("-") || digits.startsWith("+")) digits = digits.substring(1);
    try {
      var value = magnitude(digits);
      return whole(negative ? value.negate() : value);
    } catch (NumberFormatException e) {
      return TextNode.valueOf(text);
    }
  }

  /** The node Jackson itself would read for this integer from JSON, so trees compare equal. */
  private static JsonNode whole(BigInteger value) {
    if (value.bitLength() < 32) return IntNode.valueOf(value.intValue());
    if (value.bitLength() < 64) return LongNode.valueOf(value.longValue());
    return BigIntegerNode.valueOf(value);
  }

  private static BigInteger magnitude(String digits) {
    var lower = digits.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) return new BigInteger(digits.substring(2), 16);
    if (lower.startsWith("0o")) return new BigInteger(digits.substring(2), 8);
    if (lower.startsWith("0b")) return new BigInteger(digits.substring(2), 2);
    if (digits.length() > 1 && digits.startsWith("0"))
      return new BigInteger(digits.substring(1), 8);
    return new BigInteger(digits);
  }

  private static JsonNode decimal(String text) {
    var digits = text.replace("_", "");
    var lower = digits.toLowerCase(Locale.ROOT);
    if (lower.contains(":") || lower.contains("inf") || lower.contains("nan")) {
      return TextNode.valueOf(text);
    }
    try {
      var value = new BigDecimal(digits).stripTrailingZeros();
      if (value.scale() <= 0) return whole(value.toBigIntegerExact());
      return DoubleNode.valueOf(value.doubleValue());
    } catch (NumberFormatException | ArithmeticException e) {
      return TextNode.valueOf(text);
    }
  }
}
