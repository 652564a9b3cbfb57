package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.App;
import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.StackEnvironment;
import io.tropo4j.core.StackOutput;
import io.tropo4j.core.Template;
import io.tropo4j.resources.sns.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app commands' checks, each before any call to AWS (the environment's clients are never asked for:
 * a test that reached them would fail counting), and the prefixed lines of stacks printed at once.
 */
class AppRunTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger clientsAsked = new AtomicInteger();

  /** A topic, with a parameter of its own and the zone both share; reads another's output when given one. */
  private record Topics(String name, String own, StackOutput reads) implements Stack {
    @Override
    public String summary() {
      return name;
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(Parameter.string(own));
      t.add(Parameter.string("Zone"));
      Topic topic = t.add(new Topic("Topic"));
      if (reads != null) {
        topic.displayName(reads.value());
      }
      t.add(new Output("TopicArn", topic.ref()));
      return t;
    }
  }

  private static final class TwoStacks implements AppDefinition {
    @Override
    public App app() {
      App app = new App("pair");
      App.Member first = app.add(new Topics("first", "FirstOnly", null), StackEnvironment.region("eu-west-1"));
      app.add(new Topics("second", "SecondOnly", app.output(first, "TopicArn")), StackEnvironment.DEFAULT);
      return app;
    }
  }

  private static final class InAnotherAccount implements AppDefinition {
    @Override
    public App app() {
      App app = new App("elsewhere");
      app.add(new Topics("far", "FarOnly", null), StackEnvironment.of("123456789012", "us-east-1"));
      return app;
    }
  }

  /** A stack that imports another's output (a strong reference). */
  private record Importer(String name, StackOutput imported) implements Stack {
    @Override
    public String summary() {
      return name;
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(new Topic("Topic"));
      t.add(new Output("Imported", imported.strong()));
      return t;
    }
  }

  /** Its second stack imports an output the first does not have. */
  private static final class ReadsWhatIsNotThere implements AppDefinition {
    @Override
    public App app() {
      App app = new App("broken");
      App.Member first = app.add(new Topics("one", "OneOnly", null), StackEnvironment.DEFAULT);
      app.add(new Importer("two", app.output(first, "NoSuchOutput")), StackEnvironment.DEFAULT);
      return app;
    }
  }

  private int run(Map<String, String> variables, String... args) {
    return run(new Catalog(List.of(), List.of(new TwoStacks(), new InAnotherAccount())), variables, args);
  }

  private int run(Catalog catalog, Map<String, String> variables, String... args) {
    Environment environment = new Environment(() -> {
      clientsAsked.incrementAndGet();
      throw new AssertionError("AWS was reached");
    }, dir, Duration.ofMillis(1), variables);
    return Main.run(args, catalog, environment,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aValueForAStackTheAppLacksIsRefusedNamingItsStacks() {
    assertEquals(1, run(Map.of("TROPO4J_PARAMS", "third:FirstOnly=1"), "deploy", "--all", "--app", "pair"));
    assertEquals("tropo4j: parameter third:FirstOnly is for stack third, which the app does not have; its stacks are "
        + "first, second\n", err());
    assertEquals(0, clientsAsked.get());
  }

  @Test
  void aValueNoStackDeclaresIsRefused() {
    assertEquals(1, run(Map.of("TROPO4J_PARAMS", "Zone=Z1 Nowhere=1"), "plan", "--all", "--app", "pair"));
    assertEquals("tropo4j: no stack of the app has a parameter Nowhere; give a stack's own as STACK:Nowhere\n", err());
    assertEquals(0, clientsAsked.get());
  }

  @Test
  void optionsForOneStackAreRefusedWithAll() {
    List<String> said = new ArrayList<>();
    for (String[] args : List.of(new String[] {"deploy", "--all", "--app", "pair", "first"},
        new String[] {"deploy", "--all", "--app", "pair", "--commit", "HEAD~1"},
        new String[] {"delete", "--all", "--app", "pair", "--stack-name", "web"},
        new String[] {"diff", "--all", "--app", "pair", "--json"})) {
      err.reset();
      // A usage mistake is 2, but for diff, whose 2 means "different" and which says 1 for any mistake.
      assertEquals(args[0].equals("diff") ? 1 : 2, run(Map.of(), args), String.join(" ", args));
      said.add(err().strip());
    }
    assertEquals(List.of(
        "tropo4j deploy --all: names no stack: it takes every stack of the app (without --all, deploy first)",
        "tropo4j deploy --all: --commit is for one stack; an app's stacks are named by the app, and deployed as the "
            + "work tree's HEAD builds them",
        "tropo4j delete --all: --stack-name is for one stack; an app's stacks are named by the app, and deployed as "
            + "the work tree's HEAD builds them",
        "tropo4j diff --all: --json is for one stack: one document a stack, with diff STACK --json"), said);
    assertEquals(0, clientsAsked.get());
  }

  @Test
  void anAppIsNamedWhenThereAreSeveral() {
    assertEquals(1, run(Map.of(), "deploy", "--all"));
    assertEquals("tropo4j: name the app: --app NAME, one of: pair, elsewhere\n", err());
    err.reset();
    assertEquals(1, run(Map.of(), "deploy", "--all", "--app", "nosuch"));
    assertEquals("tropo4j: unknown app 'nosuch'; the apps are: pair, elsewhere\n", err());
  }

  @Test
  void aStackForAnotherAccountIsRefused() {
    assertEquals(1, run(Map.of(), "deploy", "--all", "--app", "elsewhere"));
    assertTrue(err().startsWith("tropo4j: stack far of app elsewhere is for account 123456789012: a deploy reaches the "
        + "account of its credentials only"), err());
    assertEquals(0, clientsAsked.get());
  }

  @Test
  void validateChecksEachAppsStacksAsTheAppBuildsThem() {
    assertEquals(1, run(new Catalog(List.of(), List.of(new TwoStacks(), new ReadsWhatIsNotThere())), Map.of(),
        "validate"));
    assertEquals("pair/first: ok\npair/second: ok\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("broken: 1 problem\n  Outputs.NoSuchOutput: stack one has no output NoSuchOutput, which another stack "
        + "of app broken imports\n", err());
    assertEquals(0, clientsAsked.get());
  }

  @Test
  void aValueNamedForAStackWinsOverOneGivenToAllWhicheverCameFirst() {
    App.Built pair = new TwoStacks().app().build();
    for (Map<String, String> given : List.of(linked("Zone", "Z1", "first:Zone", "Z9", "second:SecondOnly", "s"),
        linked("first:Zone", "Z9", "Zone", "Z1", "second:SecondOnly", "s"))) {
      assertEquals(Map.of("first", Map.of("Zone", "Z9"), "second", Map.of("Zone", "Z1", "SecondOnly", "s")),
          AppRun.valuesByStack(pair, given), given.toString());
    }
  }

  private static Map<String, String> linked(String... pairs) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void linesWrittenAtOnceByTwoStacksArriveWholeEachAfterItsPrefix() throws InterruptedException {
    ByteArrayOutputStream shared = new ByteArrayOutputStream();
    PrintStream target = new PrintStream(shared, true, StandardCharsets.UTF_8);
    List<Thread> writers = new ArrayList<>();
    for (String stack : List.of("first ", "second")) {
      PrintStream lines = PrefixedLines.of(target, stack + " | ");
      writers.add(new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          lines.print("line ");
          lines.print(i);
          lines.println(" of " + stack.strip());
        }
      }));
    }
    writers.forEach(Thread::start);
    for (Thread writer : writers) {
      writer.join();
    }
    String[] lines = shared.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(1000, lines.length);
    for (String line : lines) {
      assertTrue(line.matches("first  \\| line \\d+ of first|second \\| line \\d+ of second"), line);
    }
  }
}
