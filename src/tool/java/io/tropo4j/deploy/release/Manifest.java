package io.tropo4j.deploy.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * A static site release's manifest, {@code releases/<release>.json}: written last, so a release is
 * whole when it is there, and saying how many files and bytes the release has.
 */
final class Manifest {
  private static final JsonFactory JSON = new JsonFactory();

  private Manifest() {}

  static byte[] write(String release, int files, long bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("release", release);
      json.writeNumberField("files", files);
      json.writeNumberField("bytes", bytes);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** The release's size in bytes, if the manifest says it. */
  static OptionalLong bytes(byte[] manifest) {
    try (JsonParser json = JSON.createParser(manifest)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return OptionalLong.empty();
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("bytes") && value == JsonToken.VALUE_NUMBER_INT) {
          return OptionalLong.of(json.getLongValue());
        }
        json.skipChildren();
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty(); // not our manifest: the size is a detail
    }
  }
}
