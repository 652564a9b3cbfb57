package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.deploy.release.BootstrapStack;
import io.tropo4j.testing.Emulator;
import io.tropo4j.testing.FaultProxy;
import io.tropo4j.testing.FaultProxy.Fault;
import io.tropo4j.testing.FaultProxy.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetSummary;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Every interruption recoverable. Each cell stops one command at one step, by Ctrl-C (SIGINT to the
 * tool's process, sent by {@link FaultProxy} once the step's request reached the emulator and before
 * its answer goes back) or by the endpoint lost there (the request done, its answer and every later
 * connection dropped). Then it checks that the message says what the emulator holds, and that the next
 * natural command, run as a user would, recovers with no call by hand: the stack where it should be, no
 * change set of ours left unrun, the artifact bucket's stack usable.
 *
 * <p>The steps are those of every command that changes something (checks; the artifact bucket's change
 * set made, executing, waited for; the bundle's upload; the stack's change set made, executing, waited
 * for; a create's stack policy set; a delete's termination protection turned off, the delete sent and
 * waited for; a parameter change; a static site's upload, switch and invalidation) and of the commands
 * that only look (plan, diff, status), which must leave nothing
 * behind. Run on MiniStack, whose CloudFormation engine answers as AWS's for all of them; its
 * operations end at once, so "waited for" finds them done where AWS would still be busy, and either
 * is a truthful message. The cell "create, the artifact bucket's change set made, endpoint lost" is
 * the wedge of issue "The deployer, proven": before the fix every later deploy failed with
 * "Resource ArtifactBucket does not exist".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptionMatrixIT {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
  /** The tool under test: the jar the build just packaged, or another one (an earlier build, say). */
  private static final Path JAR = Path.of(System.getProperty("tropo4j.jar", "target/tropo4j.jar")).toAbsolutePath();
  private static final String WEBAPP = "webapp";
  private static final String SITE = "static-site";
  private static final Pattern OURS_LEFT = Pattern.compile("tropo4j-.*");

  private Emulator emulator;
  private FaultProxy proxy;
  private Path clone;
  private Git git;
  private String network;
  private String siteParameters;

  @BeforeAll
  void start() throws Exception {
    emulator = Emulator.miniStack();
    proxy = FaultProxy.to(emulator.endpoint());
    clone = Path.of("target", "matrix-clone").toAbsolutePath();
    deleteTree(clone);
    git = Git.cloneRepository().setURI(Path.of("").toAbsolutePath().toUri().toString()).setDirectory(clone.toFile())
        .call();
  }

  @AfterAll
  void stop() {
    if (git != null) {
      git.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  /** What a cell starts from. */
  private enum Setup {
    /** Nothing: the first deploy in this account and region. */
    NOTHING,
    /** webapp running one release, and a new commit of its application to release. */
    WEBAPP_RUNNING,
    /** static-site serving one release, and a new commit of its files to release. */
    SITE_SERVING
  }

  /**
   * One command stopped at one step.
   *
   * @param at the request the step sends, and how many matching requests go through before it
   * @param says what the message must say, each a regular expression found in it
   * @param next the command that takes it from there, as the message says
   */
  private record Cell(String name, Setup setup, List<String> command, Predicate<Request> at, int skip, Fault fault,
      List<String> says, List<String> next) {
    @Override
    public String toString() {
      return name + ", " + fault.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  @TestFactory
  Stream<DynamicTest> everyStepOfEveryCommandIsRecoverable() {
    List<Cell> cells = new ArrayList<>();
    for (Fault fault : Fault.values()) {
      boolean lost = fault == Fault.ENDPOINT_LOST;
      String stopped = lost ? "lost the AWS endpoint while " : "interrupted while ";
      List<String> create = List.of("create", WEBAPP);
      List<String> update = List.of("update", WEBAPP);
      List<String> delete = List.of("delete", WEBAPP, "--force");
      List<String> setParams = List.of("set-params", WEBAPP, "--param", "MinSize=3");
      List<String> site = List.of("update", SITE);

      cells.add(new Cell("create, checks", Setup.NOTHING, create, action("DescribeStacks", WEBAPP), 0, fault,
          List.of(stopped + "checking stack webapp before any change", "Nothing was changed in AWS\\."), create));
      cells.add(new Cell("create, its stack policy set", Setup.NOTHING, create, action("SetStackPolicy", WEBAPP), 0,
          fault, List.of(stopped + "setting the stack policy of stack webapp", "Stack webapp is CREATE_COMPLETE \\(its "
              + "create is done\\)\\.", "Updating it takes it from there"), create));
      cells.add(new Cell("create, the artifact bucket's change set made", Setup.NOTHING, create,
          action("CreateChangeSet", BootstrapStack.NAME), 0, fault,
          List.of(stopped + "making change set tropo4j-\\d+ for stack tropo4j-bootstrap", lost
              ? "Change set tropo4j-\\d+ of stack tropo4j-bootstrap was asked for and the answer lost: it may be "
                  + "there, not run; it changes nothing, and the next deploy of the stack removes it\\."
              : "Change set tropo4j-\\d+ of stack tropo4j-bootstrap, made and not run, was removed again\\."), create));
      cells.add(new Cell("create, the artifact bucket's change set executing", Setup.NOTHING, create,
          action("ExecuteChangeSet", ""), 0, fault,
          List.of(stopped + "executing change set tropo4j-\\d+ of stack tropo4j-bootstrap", lost
              ? "The create of stack tropo4j-bootstrap was sent and the answer lost: CloudFormation may be running "
                  + "it"
              : "(Stack tropo4j-bootstrap is CREATE_COMPLETE \\(its create is done\\)|CloudFormation goes on with "
                  + "the create of stack tropo4j-bootstrap)"), create));
      cells.add(new Cell("create, the artifact bucket's stack waited for", Setup.NOTHING, create,
          action("DescribeStackEvents", BootstrapStack.NAME), 0, fault,
          List.of(stopped + "waiting for the create of stack tropo4j-bootstrap",
              "(Stack tropo4j-bootstrap is CREATE_COMPLETE \\(its create is done\\)|CloudFormation goes on with "
                  + "the create of stack tropo4j-bootstrap)"), create));
      cells.add(new Cell("create, the bundle uploaded", Setup.NOTHING, create, operation("PutObject"), 0, fault,
          List.of(stopped + "uploading s3://\\S+/webapp/[0-9a-f]{40}\\.zip", "s3://\\S+/webapp/[0-9a-f]{40}\\.zip "
              + "was sent to S3", "Stack tropo4j-bootstrap is CREATE_COMPLETE \\(its create is done\\)\\."), create));
      cells.add(new Cell("create, the change set made", Setup.NOTHING, create, action("CreateChangeSet", WEBAPP), 0,
          fault, List.of(stopped + "making change set tropo4j-\\d+ for stack webapp", lost
              ? "Change set tropo4j-\\d+ of stack webapp was asked for and the answer lost"
              : "Change set tropo4j-\\d+ of stack webapp, made and not run, was removed again\\."), create));
      cells.add(new Cell("create, the change set executing", Setup.NOTHING, create, action("ExecuteChangeSet", ""), 1,
          fault, List.of(stopped + "executing change set tropo4j-\\d+ of stack webapp", lost
              ? "The create of stack webapp was sent and the answer lost: CloudFormation may be running it"
              : "(Stack webapp is CREATE_COMPLETE \\(its create is done\\)\\. Updating it takes it from there|"
                  + "CloudFormation goes on with the create of stack webapp)"), create));
      cells.add(new Cell("create, the stack waited for", Setup.NOTHING, create, action("DescribeStackEvents", WEBAPP), 0,
          fault, List.of(stopped + "waiting for the create of stack webapp",
              "(Stack webapp is CREATE_COMPLETE \\(its create is done\\)|CloudFormation goes on with the create of "
                  + "stack webapp)"), create));

      cells.add(new Cell("update, checks", Setup.WEBAPP_RUNNING, update, action("DescribeStacks", WEBAPP), 0, fault,
          List.of(stopped + "checking stack webapp before any change", "Nothing was changed in AWS\\."), update));
      cells.add(new Cell("update, the bundle uploaded", Setup.WEBAPP_RUNNING, update, operation("PutObject"), 0, fault,
          List.of(stopped + "uploading s3://\\S+/webapp/[0-9a-f]{40}\\.zip"), update));
      cells.add(new Cell("update, the change set made", Setup.WEBAPP_RUNNING, update, action("CreateChangeSet", WEBAPP),
          0, fault, List.of(stopped + "making change set tropo4j-\\d+ for stack webapp", lost
              ? "Change set tropo4j-\\d+ of stack webapp was asked for and the answer lost"
              : "Change set tropo4j-\\d+ of stack webapp, made and not run, was removed again\\."), update));
      cells.add(new Cell("update, the change set executing", Setup.WEBAPP_RUNNING, update,
          action("ExecuteChangeSet", ""), 0, fault, List.of(stopped + "executing change set tropo4j-\\d+ of stack "
              + "webapp", lost ? "The update of stack webapp was sent and the answer lost" : "(Stack webapp is "
              + "UPDATE_COMPLETE \\(its update is done\\)|CloudFormation goes on with the update of stack webapp)"),
          update));
      cells.add(new Cell("update, the stack waited for", Setup.WEBAPP_RUNNING, update,
          action("DescribeStackEvents", WEBAPP), 0, fault, List.of(stopped + "waiting for the update of stack webapp",
              "(Stack webapp is UPDATE_COMPLETE \\(its update is done\\)|CloudFormation goes on with the update of "
                  + "stack webapp)"), update));

      cells.add(new Cell("delete, checks", Setup.WEBAPP_RUNNING, delete, action("DescribeStacks", WEBAPP), 0, fault,
          List.of(stopped + "looking up stack webapp", "Nothing was changed in AWS\\."), delete));
      cells.add(new Cell("delete, protection turned off", Setup.WEBAPP_RUNNING, delete,
          action("UpdateTerminationProtection", WEBAPP), 0, fault,
          List.of(stopped + "turning off termination protection of stack webapp", "Stack webapp may be less "
              + "protected than its template asks: its termination protection is off; deleting it again goes on, and "
              + "a create or update of the stack turns protection on again\\."), delete));
      cells.add(new Cell("delete, sent", Setup.WEBAPP_RUNNING, delete, action("DeleteStack", WEBAPP), 0, fault,
          List.of(stopped + "deleting stack webapp", lost ? "The delete of stack webapp was sent and the answer lost"
              : "(Stack webapp is DELETE_COMPLETE \\(its delete is done\\)|CloudFormation goes on with the delete of "
                  + "stack webapp)"), delete));
      cells.add(new Cell("delete, waited for", Setup.WEBAPP_RUNNING, delete, action("DescribeStackEvents", WEBAPP), 1,
          fault, List.of(stopped + "waiting for the delete of stack webapp"), delete));

      cells.add(new Cell("set-params, the change set made", Setup.WEBAPP_RUNNING, setParams,
          action("CreateChangeSet", WEBAPP), 0, fault, List.of(stopped + "making change set tropo4j-\\d+ for stack "
              + "webapp"), setParams));
      cells.add(new Cell("set-params, the change set executing", Setup.WEBAPP_RUNNING, setParams,
          action("ExecuteChangeSet", ""), 0, fault, List.of(stopped + "executing change set tropo4j-\\d+ of stack "
              + "webapp"), setParams));
      cells.add(new Cell("set-params, the stack waited for", Setup.WEBAPP_RUNNING, setParams,
          action("DescribeStackEvents", WEBAPP), 0, fault, List.of(stopped + "waiting for the update of stack webapp"),
          setParams));

      cells.add(new Cell("site, the files uploaded", Setup.SITE_SERVING, site, operation("PutObject"), 0, fault,
          List.of(stopped + "uploading release [0-9a-f]{40} to s3://"), site));
      cells.add(new Cell("site, the switch's change set made", Setup.SITE_SERVING, site,
          action("CreateChangeSet", SITE), 0, fault, List.of(stopped + "making change set tropo4j-\\d+ for stack "
              + "static-site"), site));
      cells.add(new Cell("site, the switch executing", Setup.SITE_SERVING, site, action("ExecuteChangeSet", ""), 0,
          fault, List.of(stopped + "executing change set tropo4j-\\d+ of stack static-site"), site));
      cells.add(new Cell("site, the invalidation", Setup.SITE_SERVING, site, operation("CreateInvalidation"), 0, fault,
          List.of(stopped + "(invalidating /.* in distribution \\S+|waiting for invalidation \\S+ of distribution)"),
          site));

      List<String> plan = List.of("plan", WEBAPP);
      cells.add(new Cell("plan, the change set made", Setup.WEBAPP_RUNNING, plan, action("CreateChangeSet", WEBAPP), 0,
          fault, List.of(stopped + "making change set tropo4j-look-\\d+ for stack webapp", lost
              ? "Change set tropo4j-look-\\d+ of stack webapp was asked for and the answer lost: it may be there, not "
                  + "run; it changes nothing, and the next plan or diff of the stack removes it\\."
              // removed by the command, or by its shutdown hook before the command looked for it
              : "(Change set tropo4j-look-\\d+ of stack webapp, made and not run, was removed again\\.|Nothing "
                  + "was changed in AWS\\.)"), plan));
      cells.add(new Cell("plan, the change set read", Setup.WEBAPP_RUNNING, plan, action("DescribeChangeSet", ""), 0,
          fault, List.of(lost ? "Change set tropo4j-look-\\d+ of stack webapp was made and not run; it changes "
              + "nothing, and the next plan or diff of the stack removes it\\."
              : "Change set tropo4j-look-\\d+ of stack webapp, made and not run, was removed again\\."), plan));
      List<String> diff = List.of("diff", WEBAPP);
      cells.add(new Cell("diff, the change set made", Setup.WEBAPP_RUNNING, diff, action("CreateChangeSet", WEBAPP), 0,
          fault, List.of(stopped + "making change set tropo4j-look-\\d+ for stack webapp"), diff));
      List<String> status = List.of("status", "--stack-name", WEBAPP);
      cells.add(new Cell("status", Setup.WEBAPP_RUNNING, status, action("DescribeStacks", WEBAPP), 0, fault,
          List.of(stopped + "looking up stack webapp", "Nothing was changed in AWS\\."), status));
    }
    return cells.stream().map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> run(cell)));
  }

  private static Predicate<Request> action(String action, String stack) {
    return request -> request.operation().equals(action) && (stack.isEmpty() || request.stack().equals(stack));
  }

  private static Predicate<Request> operation(String operation) {
    return request -> request.operation().equals(operation);
  }

  private void run(Cell cell) throws Exception {
    setUp(cell.setup());
    Map<String, String> before = stackStatuses();
    Run stopped = tool(cell, proxy.endpoint(), true);
    assertTrue(proxy.struck(), "the step never came: " + proxy.seen() + "\n" + stopped);
    proxy.disarm();
    assertEquals(cell.fault() == Fault.SIGINT ? 130 : 1, stopped.status(), stopped.toString());
    for (String says : cell.says()) {
      assertTrue(Pattern.compile(says).matcher(stopped.err()).find(), "the message lacks /" + says + "/:\n"
          + stopped.err());
    }
    assertTrue(stopped.err().startsWith("tropo4j: "), stopped.err());
    assertTrue(!stopped.err().contains("\tat ") && !stopped.err().contains("Exception"), "no Java in it: "
        + stopped.err());
    // What the message says of AWS is what the emulator holds, before the next command tidies anything.
    if (stopped.err().contains("Nothing was changed in AWS.")) {
      assertEquals(before, stackStatuses(), "it said nothing was changed");
    }
    if (stopped.err().contains("Nothing was changed in AWS.") || stopped.err().contains("was removed again")) {
      assertNoChangeSetOfOursLeft();
    }

    List<String> next = new ArrayList<>(cell.next());
    if (stopped.err().contains("Updating it takes it from there")) {
      next.set(0, "update");
    }
    Run recovered = inProcess(next);
    if (cell.command().get(0).equals("diff")) {
      assertEquals(2, recovered.status(), recovered.toString()); // a difference: the new commit's bundle
    } else {
      assertEquals(0, recovered.status(), "the next command did not recover: " + recovered);
    }
    assertNoChangeSetOfOursLeft();
    switch (cell.setup()) {
      case NOTHING -> {
        assertTrue(status(WEBAPP).orElseThrow().matches("(CREATE|UPDATE)_COMPLETE"), recovered.out());
        assertEquals(Optional.of("CREATE_COMPLETE"), status(BootstrapStack.NAME));
        assertSafeguarded(WEBAPP);
      }
      case WEBAPP_RUNNING -> {
        String command = cell.command().get(0);
        Optional<String> now = status(WEBAPP);
        switch (command) {
          case "delete" -> assertEquals(Optional.empty(), now);
          case "plan", "diff", "status" -> assertEquals(Optional.of("CREATE_COMPLETE"), now, "a look changed it");
          default -> {
            assertEquals(Optional.of("UPDATE_COMPLETE"), now, recovered.out());
            assertSafeguarded(WEBAPP);
            if (command.equals("set-params")) {
              assertEquals("3", parameter(WEBAPP, "MinSize"));
            } else {
              assertEquals("webapp/" + head() + ".zip", parameter(WEBAPP, "SourceKey"), "the new release runs");
            }
          }
        }
      }
      case SITE_SERVING -> assertEquals(head(), parameter(SITE, "SiteRelease"));
    }
  }

  // --- what the cells start from ---

  private void setUp(Setup setup) throws Exception {
    reset();
    network = emulator.python("src/demo/network.py") + " ImageId=/aws/service/ami-amazon-linux-latest/"
        + "al2023-ami-kernel-default-x86_64";
    String zone = value(network, "HostedZoneId");
    siteParameters = "DomainName=www.example.com HostedZoneId=" + zone;
    switch (setup) {
      case NOTHING -> { }
      case WEBAPP_RUNNING -> {
        assertEquals(0, inProcess(List.of("create", WEBAPP)).status());
        commit("src/webapp/app.py", "# a release of " + System.nanoTime() + "\n");
      }
      case SITE_SERVING -> {
        assertEquals(0, inProcess(List.of("create", SITE)).status());
        commit("src/site/index.html", "<!doctype html><title>release " + System.nanoTime() + "</title>\n");
      }
    }
  }

  /** MiniStack's own reset: every service empty again, as a new account. */
  private void reset() throws IOException, InterruptedException {
    HttpResponse<String> reset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        emulator.endpoint().resolve("/_ministack/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, reset.statusCode(), reset.body());
  }

  private void commit(String path, String text) throws Exception {
    Files.writeString(clone.resolve(path), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    git.add().addFilepattern(path).call();
    git.commit().setMessage("a new release").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
        .setSign(false).call();
  }

  private String head() throws IOException {
    return git.getRepository().resolve("HEAD").name();
  }

  // --- running the tool ---

  private record Run(int status, String out, String err) {}

  /**
   * The command as a user runs it, in its own process, through the proxy: Ctrl-C must reach a real
   * JVM. Values come through the environment, as make passes them.
   */
  private Run tool(Cell cell, URI endpoint, boolean armed) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xshare:auto", "-jar", JAR.toString()));
    command.addAll(cell.command());
    command.addAll(List.of("--stacks", "src/stacks/java"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(clone.toFile());
    Map<String, String> env = builder.environment();
    env.putAll(emulator.environment());
    env.put("AWS_ENDPOINT_URL", endpoint.toString());
    env.put("TROPO4J_PARAMS", parameters(cell.command()));
    Path out = Files.createTempFile("matrix", ".out");
    Path err = Files.createTempFile("matrix", ".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (armed) {
      proxy.arm(cell.at(), cell.skip(), cell.fault(), process.pid());
    }
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the tool did not end: " + Files.readString(out) + Files.readString(err));
    }
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /** The next command, in process (quicker), straight to the emulator. */
  private Run inProcess(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--stacks", clone.resolve("src/stacks/java").toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(this::clients, clone, clone.resolve("target/stack-classes"),
        Duration.ofMillis(50), Map.of("TROPO4J_PARAMS", parameters(args)));
    int status = Main.run(all.toArray(String[]::new), new Catalog(List.of()), environment,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The values a command of the cells needs: webapp's network, the site's zone; none to look or delete. */
  private String parameters(List<String> command) {
    if (command.contains(SITE)) {
      return command.get(0).equals("create") ? siteParameters : "";
    }
    return command.get(0).equals("create") || command.get(0).equals("update") || command.get(0).equals("plan")
        || command.get(0).equals("diff") ? network : "";
  }

  // --- what the emulator holds ---

  private AwsClients clients() {
    return AwsClients.of(emulator.endpoint(), Region.US_EAST_1, CREDENTIALS);
  }

  /** The stack has termination protection and the whole stack policy over what holds data, however it got there. */
  private void assertSafeguarded(String stack) {
    try (AwsClients aws = clients()) {
      assertEquals(Boolean.TRUE, aws.cloudFormation().describeStacks(b -> b.stackName(stack)).stacks().get(0)
          .enableTerminationProtection(), stack + " is not protected from deletion");
      Map<String, String> data = StackPolicy.dataResources(new Stacks(aws.cloudFormation()).template(stack));
      assertEquals(StackPolicy.body(data.keySet()).orElseThrow(),
          aws.cloudFormation().getStackPolicy(b -> b.stackName(stack)).stackPolicyBody(), stack + "'s policy");
    }
  }

  private Optional<String> status(String stack) {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation().listStacks().stackSummaries().stream()
          .filter(s -> s.stackName().equals(stack) && !s.stackStatusAsString().equals("DELETE_COMPLETE"))
          .map(s -> s.stackStatusAsString()).findFirst();
    }
  }

  /** Every stack there is (deleted ones aside), with its status. */
  private Map<String, String> stackStatuses() {
    Map<String, String> statuses = new TreeMap<>();
    try (AwsClients aws = clients()) {
      for (var summary : aws.cloudFormation().listStacks().stackSummaries()) {
        if (!summary.stackStatusAsString().equals("DELETE_COMPLETE")) {
          statuses.put(summary.stackName(), summary.stackStatusAsString());
        }
      }
    }
    return statuses;
  }

  private String parameter(String stack, String key) {
    try (AwsClients aws = clients()) {
      Stack found = aws.cloudFormation().describeStacks(b -> b.stackName(stack)).stacks().get(0);
      return found.parameters().stream().filter(p -> p.parameterKey().equals(key)).findFirst().orElseThrow()
          .parameterValue();
    }
  }

  /** No change set of ours, on any stack, that was made and not run. */
  private void assertNoChangeSetOfOursLeft() {
    List<String> left = new ArrayList<>();
    try (AwsClients aws = clients()) {
      for (var summary : aws.cloudFormation().listStacks().stackSummaries()) {
        if (summary.stackStatusAsString().equals("DELETE_COMPLETE")) {
          continue;
        }
        for (ChangeSetSummary changeSet : aws.cloudFormation().listChangeSets(b -> b.stackName(summary.stackName()))
            .summaries()) {
          if (OURS_LEFT.matcher(changeSet.changeSetName()).matches()
              && !changeSet.executionStatusAsString().startsWith("EXECUTE_")) {
            left.add(summary.stackName() + ": " + changeSet.changeSetName() + " " + changeSet.statusAsString() + " "
                + changeSet.executionStatusAsString());
          }
        }
      }
    }
    assertEquals(List.of(), left);
  }

  private static String value(String parameters, String key) {
    Map<String, String> values = new HashMap<>();
    for (String pair : parameters.split(" ")) {
      values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return values.get(key);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
