package io.tropo4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * {@code init DIR}: a new project of the user's own, which builds at once: a pom on the library and the
 * Maven plugin (whose {@code templates} goal writes the stacks' templates to target/cloudformation/ in
 * {@code mvn verify}), one stack with a test, a .gitignore and a README of its commands.
 */
final class InitCommand extends Subcommand {
  private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  /** Where the build records the tool's own version, read for the versions the project depends on. */
  private static final String VERSION_PROPERTIES = "/io/tropo4j/cli/version.properties";

  @Override
  Syntax syntax() {
    return new Syntax("init", "Writes a new project: a pom on tropo4j and its Maven plugin, one stack, a test.")
        .value("PACKAGE", "com.example.stacks", "The Java package of the stack.", "--package")
        .value("NAME", null, "The stack's name (default: the folder's name).", "--name")
        .positionals("DIR", 1, 1, "The project's folder: new, or empty.");
  }

  @Override
  int call() throws IOException {
    Path dir = Path.of(args.positionals().get(0));
    String pkg = args.value("--package");
    Path folder = dir.toAbsolutePath().normalize().getFileName();
    String name = args.value("--name") != null ? args.value("--name")
        : folder == null ? "" : folder.toString().toLowerCase(java.util.Locale.ROOT);
    if (!PACKAGE.matcher(pkg).matches() || !SourceVersion.isName(pkg)) {
      throw new UsageException("'" + pkg + "' is not a Java package name (lower-case words separated by dots, "
          + "none of them a Java keyword)");
    }
    if (!NAME.matcher(name).matches()) {
      throw new UsageException("'" + name + "' is no stack name: a lower-case letter, then lower-case letters, "
          + "digits and hyphens; give one with --name");
    }
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      main.err().println("tropo4j: " + dir + " is not an empty folder; init writes a new project only");
      return Main.FAILED;
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("NAME", name);
    values.put("PACKAGE", pkg);
    values.put("PACKAGE_PATH", pkg.replace('.', '/'));
    values.put("CLASS", className(name));
    values.put("VERSION", version());
    String path = pkg.replace('.', '/');
    Map<String, String> files = new LinkedHashMap<>();
    files.put("pom.xml", "pom.xml");
    files.put(".gitignore", "gitignore");
    files.put("README.md", "README.md");
    files.put("src/main/java/" + path + "/" + values.get("CLASS") + ".java", "Stack.java");
    files.put("src/main/resources/META-INF/services/io.tropo4j.core.Stack", "services");
    files.put("src/test/java/" + path + "/" + values.get("CLASS") + "Test.java", "StackTest.java");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, fill(template(file.getValue()), values), StandardCharsets.UTF_8);
    }
    main.out().println("Project " + name + " in " + dir + ": cd " + dir + " && mvn verify (builds, tests, and "
        + "writes target/cloudformation/" + name + ".json and .yaml)");
    return 0;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** {@code order-events} as {@code OrderEventsStack}. */
  static String className(String name) {
    StringBuilder text = new StringBuilder();
    for (String word : name.split("-")) {
      if (!word.isEmpty()) {
        text.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return text.append("Stack").toString();
  }

  /** The version this tool was built as, which the project's pom depends on. */
  private static String version() throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(VERSION_PROPERTIES)) {
      if (in == null) {
        throw new IOException("this build of tropo4j does not know its own version (" + VERSION_PROPERTIES + ")");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }

  private static String template(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("/io/tropo4j/cli/init/" + name)) {
      if (in == null) {
        throw new IOException("the project template " + name + " is missing from this build of tropo4j");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String fill(String text, Map<String, String> values) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("@" + value.getKey() + "@", value.getValue());
    }
    return text;
  }
}
