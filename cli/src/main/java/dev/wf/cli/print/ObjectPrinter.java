package dev.wf.cli.print;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;

import dev.wf.api.spec.ModelJson;

/**
 * Whole objects for {@code -o json} and {@code -o yaml}, in the model's one JSON shape ({@link
 * ModelJson}). YAML support is loaded only when YAML is asked for, to keep the common commands
 * light.
 */
public final class ObjectPrinter {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter JSON =
      ModelJson.mapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(INDENT)
                  .withArrayIndenter(INDENT));

  private ObjectPrinter() {}

  /** Indented JSON, {@code "key": value}, ending with a newline. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Block-style YAML without a document marker, as {@code kubectl -o yaml} prints. */
  public static String yaml(Object value) {
    return YamlText.write(ModelJson.mapper().valueToTree(value));
  }

  /** JSON or YAML, as {@code format} asks. */
  public static String print(Object value, OutputFormat format) {
    return format == OutputFormat.YAML ? yaml(value) : json(value);
  }
}
