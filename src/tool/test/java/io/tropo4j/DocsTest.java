package io.tropo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.cli.Main;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The README and every page under docs/ hold only what works: each Java block compiles, on its own,
 * against the library and the tool; each shell line that runs make names a target the Makefile has, and
 * each that runs tropo4j is a command line the tool parses (its command, options and parameters, as the
 * command checks them before it does anything; nothing runs), in a block or in a line's code span (a
 * table of commands); each block's {@code <!-- run: ... -->} comment is one src/docs/run_blocks.py
 * takes (which runs the shell blocks themselves, in {@code make check-docs});
 * each relative link reaches a file, and its #anchor a heading there; and no page names an issue or
 * a source document by number, which a user cannot follow.
 */
class DocsTest {
  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```\\s*$", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "(?m)^public (?:final |abstract )?(?:class|record|interface|enum) (\\w+)");
  private static final Pattern DIRECTIVE = Pattern.compile("<!-- run: (.*?) -->");
  private static final Pattern KNOWN_DIRECTIVE = Pattern.compile(
      "save \\S+|on (?:moto|ministack)|skip because .{20,}");
  private static final Pattern INLINE_COMMAND = Pattern.compile(
      "`((?:[A-Z_][A-Z0-9_]*=(?:\"[^\"`]*\"|\\S+) )*(?:make|tropo4j) [^`]+)`");
  private static final Pattern INTERNAL = Pattern.compile(
      "(?i)\\bissues? #?\\d+|(?<![\\w&])#\\d+\\b|\\b(?:PR|GH)[ -]\\d+|\\bsource documents? (?:\\d|0\\d)"
          + "|\\b00[0-9]_\\w|shared/seeds");

  @Test
  void everyPageHasWhatItShows() throws IOException {
    List<Path> pages = pages();
    assertTrue(pages.size() >= 7, "README.md and the docs pages: " + pages);
    List<String> problems = new ArrayList<>();
    Set<String> targets = makeTargets();
    int java = 0;
    int shell = 0;
    for (Path page : pages) {
      String text = Files.readString(page);
      Matcher internal = INTERNAL.matcher(text);
      while (internal.find()) {
        problems.add(page + ":" + line(text, internal.start()) + ": names '" + internal.group() + "'");
      }
      problems.addAll(links(page, text));
      Matcher directive = DIRECTIVE.matcher(text);
      while (directive.find()) {
        if (!KNOWN_DIRECTIVE.matcher(directive.group(1)).matches()) {
          problems.add(page + ":" + line(text, directive.start()) + ": run_blocks.py takes no '" + directive.group(1) + "'");
        }
      }
      Matcher inline = INLINE_COMMAND.matcher(FENCE.matcher(text).replaceAll(""));
      while (inline.find()) {
        if (isCommandLine(inline.group(1))) {
          problems.addAll(shell(page + " (a code span)", inline.group(1), targets));
        }
      }
      Matcher block = FENCE.matcher(text);
      while (block.find()) {
        String where = page + ":" + line(text, block.start());
        switch (block.group(1)) {
          case "java" -> {
            java++;
            compile(block.group(2)).forEach(error -> problems.add(where + ": " + error));
          }
          case "sh", "bash", "shell" -> {
            shell++;
            problems.addAll(shell(where, block.group(2), targets));
          }
          default -> { }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(java >= 5 && shell >= 5, java + " Java blocks and " + shell + " shell blocks: too few to be the docs");
  }

  /**
   * A span that runs make, or runs tropo4j with three words or more and no placeholder (`tropo4j init` names a
   * command, `tropo4j create STACK ...` its form: neither is a line to type).
   */
  private static boolean isCommandLine(String span) {
    List<String> words = words(span.replaceFirst("^(?:[A-Z_][A-Z0-9_]*=(?:\"[^\"]*\"|\\S+) )*", ""));
    return words.get(0).equals("make")
        || words.size() >= 3 && words.stream().noneMatch(w -> w.matches("[A-Z][A-Z_]+|\\.\\.\\.|\\[.*"));
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private static int line(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  // --- links ---

  private static List<String> links(Path page, String text) throws IOException {
    List<String> problems = new ArrayList<>();
    String prose = FENCE.matcher(text).replaceAll("");
    Matcher link = LINK.matcher(prose);
    while (link.find()) {
      String target = link.group(1);
      if (target.matches("^[a-z]+:.*")) {
        continue; // http(s), mailto: not ours to reach from a test
      }
      String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
      String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
      Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
      if (!Files.exists(resolved)) {
        problems.add(page + ": link to " + target + ": no such file");
      } else if (anchor != null && !anchors(Files.readString(resolved)).contains(anchor)) {
        problems.add(page + ": link to " + target + ": no heading of that anchor in " + resolved.getFileName());
      }
    }
    return problems;
  }

  /** GitHub's anchors: the heading lower-cased, spaces as hyphens, punctuation dropped. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new TreeSet<>();
    Matcher heading = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
    while (heading.find()) {
      anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
          .replace(' ', '-'));
    }
    return anchors;
  }

  // --- Java ---

  private static List<String> compile(String source) {
    Matcher type = PUBLIC_TYPE.matcher(source);
    String name = type.find() ? type.group(1) : "DocsBlock";
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out;
    try {
      out = Files.createTempDirectory("docs-block");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      boolean ok = compiler.getTask(new StringWriter(), files, diagnostics, List.of("-proc:none", "-d",
          out.toString(), "-classpath", System.getProperty("java.class.path")), null, List.of(unit)).call();
      List<String> errors = new ArrayList<>();
      diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .forEach(d -> errors.add("line " + d.getLineNumber() + " of the block: " + d.getMessage(Locale.ROOT)));
      if (!ok && errors.isEmpty()) {
        errors.add("does not compile");
      }
      return errors;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // --- shell ---

  private static List<String> shell(String where, String block, Set<String> targets) {
    List<String> problems = new ArrayList<>();
    String joined = block.replace("\\\n", " ");
    for (String line : joined.split("\n")) {
      String command = line.replaceAll("(^|\\s)#.*$", "").strip();
      for (String part : command.split("&&|\\|\\||;|\\|")) {
        List<String> words = words(part.strip());
        while (!words.isEmpty() && words.get(0).matches("[A-Z_][A-Z0-9_]*=.*")) {
          words.remove(0); // VAR=value before the command
        }
        if (words.isEmpty()) {
          continue;
        }
        if (words.get(0).equals("make")) {
          for (String word : words.subList(1, words.size())) {
            if (!word.contains("=") && !word.startsWith("-") && !targets.contains(word)) {
              problems.add(where + ": make " + word + ": the Makefile has no such target");
            }
          }
        } else if (words.get(0).equals("tropo4j")) {
          String problem = Main.problemWith(words.subList(1, words.size()).toArray(String[]::new));
          if (problem != null) {
            problems.add(where + ": " + part.strip() + ": the tool does not take it: " + problem);
          }
        }
      }
    }
    return problems;
  }

  /** The words of a command line, as a shell splits them: quotes kept together, and taken off. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Every target make knows, from its database (make -pRrq): rules written out and made from variables. */
  private static Set<String> makeTargets() throws IOException {
    Process make = new ProcessBuilder("make", "-pRrq", "-f", "Makefile", ":").redirectErrorStream(true).start();
    String database = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      make.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Set<String> targets = new TreeSet<>();
    Matcher rule = Pattern.compile("(?m)^([a-zA-Z][\\w.-]*):(?!=)").matcher(database);
    while (rule.find()) {
      targets.add(rule.group(1));
    }
    assertTrue(targets.contains("templates") && targets.contains("create_stack"), "make's targets: " + targets);
    return targets;
  }
}
