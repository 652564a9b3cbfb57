package io.tropo4j.cli;

import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class MainTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static Stack stack(String name, Supplier<Template> build) {
    return new Stack() {
      public String name() {
        return name;
      }

      public String summary() {
        return "the " + name + " stack";
      }

      public Template build() {
        return build.get();
      }
    };
  }

  private static final Stack GOOD = stack("good", () -> {
    Template t = new Template().description("good");
    t.add(new Bucket("Logs").retainData());
    return t;
  });
  private static final Stack BROKEN = stack("broken", () -> {
    Template t = new Template();
    t.add(new SecurityGroup("Web"));
    t.add(new SecurityGroup("bad-id").groupDescription("x"));
    return t;
  });
  private static final Stack THROWS = stack("throws", () -> {
    throw new IllegalArgumentException("no boot script userdata/missing.sh in the project");
  });
  private static final Catalog CATALOG = new Catalog(List.of(GOOD, BROKEN, THROWS));

  private int run(String... args) {
    return Main.run(args, CATALOG, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void templatesWritesJsonAndYamlThatAgree() throws Exception {
    assertEquals(0, run("templates", "--out", dir.toString(), "good"));
    String json = Files.readString(dir.resolve("good.json"));
    assertEquals(parse(json), yaml(Files.readString(dir.resolve("good.yaml"))));
    assertEquals("Retain", parse(json).at("/Resources/Logs/DeletionPolicy").asText());
  }

  @Test
  void templatesTwiceGivesTheSameBytes() throws Exception {
    run("templates", "--out", dir.toString(), "good");
    byte[] first = Files.readAllBytes(dir.resolve("good.yaml"));
    run("templates", "--out", dir.toString(), "good");
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("good.yaml")));
  }

  /** The reason is in words; it used to be the bare path, the message of a FileAlreadyExistsException. */
  @Test
  void anOutThatCannotBeWrittenSaysWhy() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
    assertEquals(1, run("templates", "--out", file.toString(), "good"));
    assertEquals("tropo4j: cannot write templates to " + file + ": it exists and is not a folder\n", err());
    Path below = file.resolve("out");
    err.reset();
    assertEquals(1, run("templates", "--out", below.toString(), "good"));
    assertTrue(err().startsWith("tropo4j: cannot write templates to " + below + ": "), err());
    assertFalse(err().contains("Exception"), err());
  }

  @Test
  void formatChoosesTheFiles() {
    assertEquals(0, run("templates", "--format", "json", "--out", dir.toString(), "good"));
    assertTrue(Files.exists(dir.resolve("good.json")));
    assertFalse(Files.exists(dir.resolve("good.yaml")));
  }

  @Test
  void problemsAreListedWithoutStackTraceAndNothingIsWritten() throws Exception {
    Files.writeString(dir.resolve("broken.json"), "previous");
    assertEquals(1, run("templates", "--out", dir.toString(), "broken"));
    assertTrue(err().contains("broken: 2 problems"), err());
    assertTrue(err().contains("Resources.Web.Properties.GroupDescription: required property is missing"), err());
    assertTrue(err().contains("Resources.bad-id: logical ID must be alphanumeric"), err());
    assertFalse(err().contains("\tat "), err());
    assertEquals("previous", Files.readString(dir.resolve("broken.json")));
  }

  @Test
  void aStackThatFailsToBuildIsReportedAsAProblem() {
    assertEquals(1, run("validate", "throws"));
    assertTrue(err().contains("no boot script userdata/missing.sh"), err());
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void aStackThatFailsToBuildFailsADeployBeforeAnyCallToAws() {
    Environment unreachable = new Environment(() -> AwsClients.of(URI.create("http://localhost:9"), Region.US_EAST_1,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("none", "none"))), dir, Duration.ofMillis(1));
    int status = Main.run(new String[] {"create", "throws"}, CATALOG, unreachable,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertEquals("tropo4j: stack throws is not valid; nothing was sent:\n"
        + "  (building the stack): no boot script userdata/missing.sh in the project\n", err());
  }

  @Test
  void validateReportsEachStack() {
    assertEquals(1, run("validate"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("good: ok"), text);
    assertTrue(err().contains("broken: 2 problems"), err());
  }

  @Test
  void validateListsTheResourcesThatCannotCarryTags() {
    assertEquals(0, run("validate", "--untaggable", "good"));
    assertEquals("good: ok\ngood: 0 of 1 resources cannot carry tags\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDeployCommandWithoutStacksSaysHowToGiveThem() {
    int status = Main.run(new String[] {"diff"}, new Catalog(List.of()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertEquals("tropo4j: name the stack: diff STACK (no stacks were given: --stacks DIR or --classpath PATH)\n", err());
  }

  @Test
  void unknownStackNamesTheKnownOnes() {
    assertEquals(2, run("templates", "nope"));
    assertTrue(err().contains("unknown stack 'nope'; the stacks are: broken, good, throws"), err());
  }

  @Test
  void listShowsNamesAndSummaries() {
    assertEquals(0, run("list"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("good    the good stack"));
  }

  @Test
  void badOptionIsAUsageError() {
    assertEquals(2, run("templates", "--format", "xml"));
    assertEquals("tropo4j templates: --format takes one of json, yaml, both, not 'xml'\n", err());
  }

  @Test
  void everyCommandIsMadeUnderItsOwnName() {
    for (String name : Main.COMMANDS) {
      assertEquals(name, Main.command(name).syntax().command());
    }
    assertEquals(null, Main.command("nope"));
  }

  @Test
  void helpListsEveryCommand() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    Main.COMMANDS.forEach(name -> assertTrue(help.contains("  " + name + " "), name + " in\n" + help));
  }

  @Test
  void aCommandsHelpNamesItsOptions() {
    assertEquals(0, run("templates", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.startsWith("Usage: tropo4j templates [-h] [--format=FORMAT] [--out=DIR] [--stacks=DIR]..."), help);
    assertTrue(help.contains("  --format=FORMAT        json, yaml or both (default: both).\n"), help);
  }

  @Test
  void aMistypedOptionIsNamedWithTheOneMeant() {
    assertEquals(2, run("templates", "--fromat", "json"));
    assertEquals("tropo4j templates: unknown option '--fromat'; did you mean --format?\n", err());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals(2, run("tempaltes"));
    assertEquals("tropo4j: unknown command 'tempaltes'; did you mean templates?\n", err());
  }

  @Test
  void aValueMissingOrGivenTwiceIsAUsageError() {
    assertEquals(2, run("templates", "--out"));
    assertTrue(err().contains("--out needs a value (DIR)"), err());
    assertEquals(2, run("templates", "--out", "a", "--out=b"));
    assertTrue(err().contains("--out is given twice"), err());
  }
}
