package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.testing.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * {@code diff} end to end against moto: the webapp stack created as {@code make create_stack} does,
 * then compared unchanged (exit 0), with a property changed in a copy of the catalog's sources and a
 * parameter given anew (exit 2, each change with its path and both values), with a create-only property
 * changed (the replacement said from the templates), and for a stack that does not exist (exit 1). Every diff leaves the stack and its change sets as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiffEndToEndIT {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
  private static final Path CATALOG_SOURCES = Path.of("src/stacks/java").toAbsolutePath();

  private Path repo;
  private Emulator moto;
  private Git git;
  /** The catalog's sources with the target group's health check path changed. */
  private Path variant;
  /** The catalog's sources with the target group's port changed, which replaces it. */
  private Path replacing;

  @BeforeAll
  void start(@TempDir Path scratch) throws Exception {
    repo = scratch.resolve("repo");
    moto = Emulator.moto();
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    Files.createDirectories(repo.resolve("src/webapp"));
    Files.writeString(repo.resolve("src/webapp/app.py"), "print('release')\n");
    Files.writeString(repo.resolve("src/webapp/requirements.txt"), "Flask==3.1.3\n");
    git.add().addFilepattern(".").call();
    git.commit().setMessage("release").setAuthor("test", "test@example.com").setCommitter("test", "test@example.com")
        .setSign(false).call();
    variant = scratch.resolve("variant-stacks");
    copy(CATALOG_SOURCES, variant);
    Path webapp = variant.resolve("io/tropo4j/stacks/WebappStack.java");
    String source = Files.readString(webapp);
    assertTrue(source.contains(".healthCheckPath(\"/health\")"), "the webapp stack's health check moved");
    Files.writeString(webapp, source.replace(".healthCheckPath(\"/health\")", ".healthCheckPath(\"/healthz\")"));
    replacing = scratch.resolve("replacing-stacks");
    copy(CATALOG_SOURCES, replacing);
    String port = ".protocol(\"HTTP\").port(80).targetType(\"instance\")";
    assertTrue(source.contains(port), "the webapp stack's target group port moved");
    Files.writeString(replacing.resolve("io/tropo4j/stacks/WebappStack.java"),
        source.replace(port, ".protocol(\"HTTP\").port(8080).targetType(\"instance\")"));

    List<String> create = new ArrayList<>(List.of("create", "webapp"));
    for (String parameter : moto.python("src/demo/network.py").split(" ")) {
      create.addAll(List.of("--param", parameter));
    }
    Run created = run(CATALOG_SOURCES, create.toArray(String[]::new));
    assertEquals(0, created.status, created.toString());
  }

  @AfterAll
  void stop() {
    if (git != null) {
      git.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  @Order(1)
  void anUnchangedStackHasNothingToChangeAndExitsZero() {
    Snapshot before = snapshot();
    Run run = run(CATALOG_SOURCES, "diff", "webapp");
    assertEquals(new Run(0, "No changes: stack webapp runs what the local template and parameters say.\n", ""), run);
    assertEquals(before, snapshot());
  }

  @Test
  @Order(2)
  void aChangedPropertyAndParameterAreShownWithBothValuesAndExitTwo() {
    Snapshot before = snapshot();
    Run run = run(variant, "diff", "webapp", "--param", "MinSize=3");
    assertEquals(DIFFERS, run.status, run.toString());
    assertEquals("", run.err);
    List<String> lines = run.out.lines().toList();
    assertEquals("Stack webapp: 2 differences from the local template and parameters.", lines.get(0), run.out);
    assertEquals(List.of("Resources:",
        "  ~ TargetGroup (AWS::ElasticLoadBalancingV2::TargetGroup)",
        "      Properties.HealthCheckPath: \"/health\" -> \"/healthz\"",
        "Parameters:",
        "  ~ MinSize: \"2\" -> \"3\""), lines.subList(1, 6), run.out);
    // moto lists no resource changes in an update's change set: no replacement flags, and it says so
    assertEquals("CloudFormation's change set for this update lists no replacement; it was removed again.",
        lines.get(lines.size() - 1), run.out);
    assertEquals(before, snapshot());
  }

  /**
   * A create-only property's change is a replacement from the templates alone: moto's change set lists no
   * resource change, so the specification is all that says it here.
   */
  @Test
  @Order(3)
  void aChangeThatReplacesTheResourceSaysSoFromTheTemplates() throws Exception {
    Snapshot before = snapshot();
    Run run = run(replacing, "diff", "webapp");
    assertEquals(DIFFERS, run.status, run.toString());
    assertEquals(List.of("Stack webapp: 1 difference from the local template and parameters.", "Resources:",
        "  ~ TargetGroup (AWS::ElasticLoadBalancingV2::TargetGroup), replacement: True (Port, as the resource "
            + "specification says)",
        "      Properties.Port: 80 -> 8080"), run.out.lines().limit(4).toList(), run.out);
    JsonNode json = new ObjectMapper().readTree(run(replacing, "diff", "webapp", "--json").out);
    assertEquals("True", json.get("resources").get(0).get("replacement").asText());
    assertEquals("Port", json.get("resources").get(0).get("replacingProperties").get(0).asText());
    assertEquals(before, snapshot());
  }

  @Test
  @Order(4)
  void jsonIsOneDocumentForCi() throws Exception {
    Snapshot before = snapshot();
    Run run = run(variant, "diff", "webapp", "--json");
    assertEquals(DIFFERS, run.status, run.toString());
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertEquals("webapp", json.get("stack").asText());
    assertTrue(json.get("changed").asBoolean());
    JsonNode resource = json.get("resources").get(0);
    assertEquals("TargetGroup", resource.get("logicalId").asText());
    assertEquals("changed", resource.get("change").asText());
    assertEquals("Properties.HealthCheckPath", resource.get("properties").get(0).get("path").asText());
    assertEquals("/health", resource.get("properties").get(0).get("before").asText());
    assertEquals("/healthz", resource.get("properties").get(0).get("after").asText());
    assertEquals(1, json.get("resources").size());
    assertEquals(0, json.get("parameters").size());
    assertEquals("made", json.get("changeSet").asText());
    assertEquals(before, snapshot());

    Run same = run(CATALOG_SOURCES, "diff", "webapp", "--json");
    assertEquals(0, same.status, same.toString());
    assertFalse(new ObjectMapper().readTree(same.out).get("changed").asBoolean());
  }

  @Test
  @Order(5)
  void aStackThatDoesNotExistIsOneSentenceAndExitOne() {
    Run run = run(CATALOG_SOURCES, "diff", "webapp", "--stack-name", "never-created");
    assertEquals(new Run(1, "", "tropo4j: stack never-created does not exist; create it first (tropo4j create webapp "
        + "--stack-name never-created)\n"), run);
    Run usage = run(CATALOG_SOURCES, "diff", "webapp", "--jsn");
    assertEquals(1, usage.status, "2 means a difference, so a mistyped option is 1: " + usage);
    Run unknown = run(CATALOG_SOURCES, "diff", "nosuch");
    assertEquals(1, unknown.status, unknown.toString());
  }

  private static final int DIFFERS = 2;

  /** What a diff must leave as it was: the stack's status, parameters, events, and change sets waiting to run. */
  private record Snapshot(String status, List<String> parameters, int events, List<String> changeSets) {}

  private Snapshot snapshot() {
    try (AwsClients aws = clients()) {
      var stack = aws.cloudFormation().describeStacks(b -> b.stackName("webapp")).stacks().get(0);
      return new Snapshot(stack.stackStatusAsString(),
          stack.parameters().stream().map(p -> p.parameterKey() + "=" + p.parameterValue()).toList(),
          aws.cloudFormation().describeStackEvents(b -> b.stackName("webapp")).stackEvents().size(),
          // moto lists every stack's change sets, whichever is asked for
          aws.cloudFormation().listChangeSets(b -> b.stackName("webapp")).summaries().stream()
              .filter(c -> c.stackName().equals("webapp") && !"EXECUTE_COMPLETE".equals(c.executionStatusAsString()))
              .map(c -> c.changeSetName()).toList());
    }
  }

  /** The command line in process, with one folder of stack sources, as make passes STACKS_SRC. */
  private Run run(Path stacks, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--stacks", stacks.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(this::clients, repo, Duration.ofMillis(50));
    int status = Main.run(all.toArray(String[]::new), new Catalog(List.of()), environment,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}

  private AwsClients clients() {
    return AwsClients.of(moto.endpoint(), Region.US_EAST_1, CREDENTIALS);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

}
