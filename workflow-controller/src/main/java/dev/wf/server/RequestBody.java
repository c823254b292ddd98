package dev.wf.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.wf.api.spec.ModelJson;

/**
 * Reads a request's JSON body into a record, refusing oversized, empty and malformed bodies with a
 * message that names the field or position at fault (never a Java class name).
 */
final class RequestBody {
  /** Workflow files are small; anything larger is a mistake, not a workflow. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private RequestBody() {}

  static <T> T read(InputStream in, Class<T> type) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new ApiError(413, "the request body is larger than " + MAX_BYTES + " bytes");
    }
    if (bytes.length == 0) throw ApiError.badRequest("the request needs a JSON body");
    try {
      T value = ModelJson.mapper().readValue(bytes, type);
      if (value == null) throw ApiError.badRequest("the request body must be a JSON object");
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiError.badRequest(
          "malformed request body: unknown field \""
              + e.getPropertyName()
              + "\" (allowed: "
              + e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()
              + ")");
    } catch (MismatchedInputException e) {
      String path = path(e);
      throw ApiError.badRequest(
          path.isEmpty()
              ? "malformed request body: expected a JSON object" + at(e)
              : "malformed request body: field \"" + path + "\" has the wrong type" + at(e));
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("malformed request body: not valid JSON" + at(e));
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String at(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) return "";
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
