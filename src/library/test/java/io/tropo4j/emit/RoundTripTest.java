package io.tropo4j.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.fn.Sink;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every string and number, written by both writers, reads back the same in every reader: Jackson and
 * cfn-lint's reader (which tries its YAML loader on any template first) for JSON; SnakeYAML (YAML 1.1),
 * snakeyaml-engine (YAML 1.2), and PyYAML's pure-Python and libyaml loaders (cfn-lint's) for YAML. Thousands of strings come from a seeded generator weighted towards
 * what breaks YAML (indicators, reserved words, number look-alikes, line breaks of every kind,
 * controls, the byte-order mark, non-characters, surrogate pairs, edge whitespace), as values and as
 * keys; a failure prints the seed ({@code -Droundtrip.seed=...} replays it) and the first cases.
 */
class RoundTripTest {
  private static final long SEED = Long.getLong("roundtrip.seed", 20261122L);
  private static final int STRINGS = Integer.getInteger("roundtrip.strings", 6000);
  private static final int NUMBERS = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void generatedStringsAndNumbersReadBackTheSameInEveryReader(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    Map<String, Object> document = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < STRINGS; i++) {
      document.put("s" + i, string(random));
      String key = string(random);
      if (keys.add(key) && !key.startsWith("s") && !key.startsWith("n")) {
        document.put(key, i);
      }
    }
    for (int i = 0; i < NUMBERS; i++) {
      document.put("n" + i, number(random));
    }
    compareEverywhere(document, dir);
  }

  /** The cases that once broke a writer or a reader, each by name. */
  @Test
  void theKnownHardCasesReadBackTheSame(@TempDir Path dir) throws Exception {
    Map<String, Object> hard = new LinkedHashMap<>();
    hard.put("line separator", "a\u2028b");
    hard.put("paragraph separator", "a\u2029b");
    hard.put("next line", "a\u0085b");
    hard.put("C1 controls", "\u0080\u0084\u0086\u009f");
    hard.put("C0 controls", "\u0000\u0001\u0007\u001b\u001f");
    hard.put("delete", "a\u007fb");
    hard.put("byte-order mark", "\ufeffstart");
    hard.put("non-characters", "a\ufffe\uffffb");
    hard.put("surrogate pair", "rocket \ud83d\ude80 and \ud800\udc00");
    hard.put("tab in a literal block", "line\twith tab\n\tindented by tab\n");
    hard.put("trailing spaces in a literal block", "trailing  \nspaces \n");
    hard.put("a block's lines of blanks", "a\n  \n\t\nb\n");
    hard.put("only newlines", "\n\n");
    hard.put("leading newlines", "\n\nafter two\n");
    hard.put("carriage return", "a\r\nb");
    hard.put("yes", "yes");
    hard.put("No", "No");
    hard.put("tilde", "~");
    hard.put("hex look-alike", "0x1A");
    hard.put("exponent look-alike", "1e10");
    hard.put("infinity look-alike", ".inf");
    hard.put("underscored number", "1_000");
    hard.put("date", "2001-12-14");
    hard.put("merge key", "<<");
    hard.put("value key", "=");
    hard.put("colon space", "a: b");
    hard.put("space hash", "a #b");
    hard.put("empty", "");
    hard.put("spaces only", "   ");
    hard.put("quote and backslash", "'\"\\");
    hard.put("a double with an exponent", 1.0e10);
    hard.put("a small double", 1.5e-7);
    hard.put("a large double", 1.2345e300);
    hard.put("a whole double", 70.0);
    hard.put("a long", 9007199254740993L);
    compareEverywhere(hard, dir);
  }

  @Test
  void anExponentIsWrittenSoYaml11ReadsANumber() {
    assertEquals("1.0e+20", YamlWriter.number(1.0e20));
    assertEquals("10000000000", YamlWriter.number(1.0e10));
    assertEquals("1.5e-7", YamlWriter.number(1.5e-7));
    assertEquals("70", YamlWriter.number(70.0));
    assertEquals("0.25", YamlWriter.number(0.25));
  }

  private static void compareEverywhere(Map<String, Object> expected, Path dir) throws IOException,
      InterruptedException {
    String json = JsonWriter.write(sink -> write(expected, sink));
    String yaml = YamlWriter.write(sink -> write(expected, sink));
    Map<String, List<String>> failures = new LinkedHashMap<>();
    compare("Jackson (JSON)", expected, JSON.readValue(json, Map.class), failures);
    compare("SnakeYAML (YAML 1.1)", expected,
        new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), failures);
    compare("snakeyaml-engine (YAML 1.2)", expected,
        new Load(LoadSettings.builder().build()).loadFromString(yaml), failures);
    Path file = dir.resolve("document.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Path jsonFile = dir.resolve("document.json");
    Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
    List<String> python = python(file, jsonFile);
    compare("PyYAML SafeLoader", expected, JSON.readValue(python.get(0), Map.class), failures);
    compare("PyYAML CSafeLoader (libyaml)", expected, JSON.readValue(python.get(1), Map.class), failures);
    compare("cfn-lint's reader (JSON)", expected, JSON.readValue(python.get(2), Map.class), failures);
    assertTrue(failures.isEmpty(), () -> "seed " + SEED + ": " + failures);
  }

  private static void write(Map<String, Object> document, Sink sink) {
    sink.beginObject();
    document.forEach((key, value) -> {
      sink.key(key);
      if (value instanceof String s) {
        sink.string(s);
      } else {
        sink.number((Number) value);
      }
    });
    sink.endObject();
  }

  private static void compare(String reader, Map<String, Object> expected, Object read,
      Map<String, List<String>> failures) {
    List<String> wrong = new ArrayList<>();
    if (!(read instanceof Map<?, ?> map)) {
      failures.put(reader, List.of("read no mapping"));
      return;
    }
    if (map.size() != expected.size()) {
      wrong.add("read " + map.size() + " keys of " + expected.size());
    }
    for (Map.Entry<String, Object> entry : expected.entrySet()) {
      Object actual = map.get(entry.getKey());
      if (!same(entry.getValue(), actual) && wrong.size() < 5) {
        wrong.add(escaped(entry.getKey()) + ": wrote " + escaped(String.valueOf(entry.getValue())) + ", read "
            + (actual == null ? "nothing" : escaped(String.valueOf(actual)) + " (" + actual.getClass().getSimpleName()
            + ")"));
      }
    }
    if (!wrong.isEmpty()) {
      failures.put(reader, wrong);
    }
  }

  private static boolean same(Object expected, Object actual) {
    if (expected instanceof String) {
      return expected.equals(actual);
    }
    return actual instanceof Number n && decimal((Number) expected).compareTo(decimal(n)) == 0;
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof Double || n instanceof Float ? new BigDecimal(Double.toString(n.doubleValue()))
        : new BigDecimal(n.toString());
  }

  /** Weighted towards what breaks YAML; every piece is a whole code point, so pairs stay pairs. */
  private static String string(Random random) {
    if (random.nextInt(20) == 0) {
      return WHOLE[random.nextInt(WHOLE.length)];
    }
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      String[] pool = POOLS[random.nextInt(POOLS.length)];
      s.append(pool[random.nextInt(pool.length)]);
    }
    return s.toString();
  }

  private static Number number(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt();
      case 1 -> random.nextLong();
      case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
      default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1);
    };
  }

  private static final String[] WHOLE = {"yes", "No", "TRUE", "off", "y", "null", "Null", "~", "<<", "=", "0x1A",
      "0o17", "017", "1e10", "1E+3", ".inf", "-.Inf", ".NaN", "1_000", "1:20", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
      "12:30:00", "+1", "-", "---", "...", "? x", "! x", "& x", "* x", "@x", "`x", "%x", "|", ">", "[x]", "{x: y}",
      "a: b", "a #b", "# x", "'", "\"", "", " ", "\t", "\n", "\r", "\r\n"};

  private static final String[][] POOLS = {
      chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_/.${}"),
      chars("-?:,[]{}#&*!|>'\"%@` \\="),
      {" ", " ", "\t", "\n", "\n", "\r", "\r\n"},
      range(0x00, 0x1f), {"\u007f"}, range(0x80, 0x9f),
      {"\u0085", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\u00a0", "\u3000", "\u200b"},
      {"é", "ß", "日本", "\ud83d\ude80", "\ud800\udc00", "\udbff\udfff", "\u20ac"},
      {"yes", "no", "true", "null", "~", "1.5", "0x", "e+", ".inf", ": ", " #", "---", "..."},
  };

  private static String[] chars(String text) {
    return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }

  private static String[] range(int from, int to) {
    List<String> chars = new ArrayList<>();
    for (int c = from; c <= to; c++) {
      chars.add(Character.toString(c));
    }
    return chars.toArray(String[]::new);
  }

  /** PyYAML's two loaders, from the project's .venv, on the file; one JSON line each. */
  /** What PyYAML's two loaders read of the YAML, and cfn-lint's reader of the JSON, a line each. */
  private static List<String> python(Path yaml, Path json) throws IOException, InterruptedException {
    Path script = Path.of("src/library/test/resources/roundtrip/read.py");
    Process process = new ProcessBuilder(".venv/bin/python", script.toString(), yaml.toString(), json.toString())
        .redirectErrorStream(true).start();
    List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertEquals(0, process.waitFor(), () -> "PyYAML or cfn-lint could not read what was written: "
        + lines.get(lines.size() - 1));
    assertEquals(3, lines.size(), "read.py printed " + lines);
    return lines;
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u{%x}", c)));
    return out.append('"').toString();
  }

}
