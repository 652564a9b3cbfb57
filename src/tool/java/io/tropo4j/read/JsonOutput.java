package io.tropo4j.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Nodes written as JSON by Jackson's generator, functions in their long form, in the layout the diff
 * shows: objects and arrays down to a given level one member or item a line, indented by two spaces;
 * deeper ones on one line, as in {@code {"a": 1, "b": [2, 3]}}.
 */
public final class JsonOutput {
  /** JSON's number grammar; a YAML number in another form (0x1F, .inf, 1_000) is written as a string. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** Hex escapes in lower case, as the library's writer writes them; nodes as deep as they were read. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
      .build();

  private JsonOutput() {}

  /**
   * A generator writing to {@code out}.
   *
   * @param lineLevels how many levels of objects and arrays put each member or item on a line of its own:
   *     0 for one line, {@link Integer#MAX_VALUE} for all
   */
  public static JsonGenerator generator(Writer out, int lineLevels) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.setPrettyPrinter(new Layout(lineLevels));
    return generator;
  }

  /** Writes the node as one JSON value. */
  public static void write(JsonGenerator out, Node node) throws IOException {
    if (node instanceof MapNode map) {
      out.writeStartObject();
      for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
        out.writeFieldName(entry.getKey());
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (node instanceof Intrinsic call) {
      out.writeStartObject();
      out.writeFieldName(call.name());
      write(out, call.argument());
      out.writeEndObject();
    } else if (node instanceof ListNode list) {
      out.writeStartArray();
      for (Node item : list.items()) {
        write(out, item);
      }
      out.writeEndArray();
    } else {
      Scalar scalar = (Scalar) node;
      switch (scalar.kind()) {
        case STRING -> out.writeString(scalar.text());
        case NUMBER -> {
          if (JSON_NUMBER.matcher(scalar.text()).matches()) {
            out.writeNumber(scalar.text()); // as written: 1.50 stays 1.50
          } else {
            out.writeString(scalar.text());
          }
        }
        case BOOLEAN -> out.writeBoolean(scalar.booleanValue());
        case NULL -> out.writeNull();
      }
    }
  }

  /** The node as JSON text; see {@link #generator} for {@code lineLevels}. */
  static String text(Node node, int lineLevels) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = generator(out, lineLevels)) {
      write(generator, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** The layout: Jackson's own printers indent every level or none, and put a space before a colon. */
  private static final class Layout implements PrettyPrinter {
    private final int lineLevels;
    private int depth;

    Layout(int lineLevels) {
      this.lineLevels = lineLevels;
    }

    private boolean lines() {
      return depth <= lineLevels;
    }

    private void newline(JsonGenerator out) throws IOException {
      out.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        out.writeRaw("  ");
      }
    }

    private void separator(JsonGenerator out) throws IOException {
      out.writeRaw(',');
      if (lines()) {
        newline(out);
      } else {
        out.writeRaw(' ');
      }
    }

    private void first(JsonGenerator out) throws IOException {
      if (lines()) {
        newline(out);
      }
    }

    private void end(JsonGenerator out, int count, char bracket) throws IOException {
      boolean wasLines = lines();
      depth--;
      if (count > 0 && wasLines) {
        newline(out);
      }
      out.writeRaw(bracket);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator out) throws IOException {
      out.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator out) throws IOException {
      out.writeRaw('{');
      depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator out) throws IOException {
      first(out);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator out) throws IOException {
      out.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator out) throws IOException {
      separator(out);
    }

    @Override
    public void writeEndObject(JsonGenerator out, int entries) throws IOException {
      end(out, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator out) throws IOException {
      out.writeRaw('[');
      depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator out) throws IOException {
      first(out);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator out) throws IOException {
      separator(out);
    }

    @Override
    public void writeEndArray(JsonGenerator out, int items) throws IOException {
      end(out, items, ']');
    }
  }
}
