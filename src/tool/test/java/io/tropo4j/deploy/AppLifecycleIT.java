package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.testing.Emulator;
import io.tropo4j.testing.ScratchClone;
import io.tropo4j.testing.ScratchClone.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The catalog's app (site-app: the service on Fargate in us-west-2, the site behind CloudFront in us-east-1,
 * one hosted zone, the site reading the service's DNS name through Fn::GetStackOutput) through its life on
 * MiniStack with one make command a step, as a user runs them in a scratch clone: deploy_all, deploy_all
 * again after a commit (a new site release and a new image), diff_all, a deploy_all whose first stack fails,
 * delete_all. Each step is checked by make's status, its lines (each prefixed by its stack, the order the
 * references give), and what MiniStack holds in each region, read with the SDK.
 *
 * <p>What MiniStack cannot show: it resolves Fn::GetStackOutput across regions only because its launcher
 * (src/emulators/ministack_server.py) reads the stack in the Region given, as AWS does; it has one account,
 * so RoleArn stands for nothing; no stack is ever in progress, so two stacks deployed at once never overlap
 * in time here (AppDeployerTest shows that with a recording CloudFormation).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppLifecycleIT {
  private static final String SERVICE = "site-app-service";
  private static final String SITE = "site-app-site";
  private static final Pattern PREFIXED = Pattern.compile("(site-app-service|site-app-site   ) \\| .*");

  private Emulator miniStack;
  private AwsClients east;
  private AwsClients west;
  private ScratchClone clone;
  private String params;

  @BeforeAll
  void start() {
    miniStack = Emulator.miniStack();
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    east = AwsClients.of(miniStack.endpoint(), Region.US_EAST_1, credentials);
    west = AwsClients.of(miniStack.endpoint(), Region.US_WEST_2, credentials);
    // The service's network in its own region; the zone (Route 53 is global) serves both stacks.
    String network = miniStack.python("-c", "import os, runpy, sys; os.environ['AWS_REGION'] = "
        + "os.environ['AWS_DEFAULT_REGION'] = 'us-west-2'; sys.argv = ['network.py', '--exports']; "
        + "runpy.run_path('src/demo/network.py', run_name='__main__')");
    String vpc = value(network, "VPC_ID");
    String subnets = value(network, "SUBNETS");
    String zone = value(network, "ZONE_ID");
    params = SERVICE + ":VpcId=" + vpc + " " + SERVICE + ":Subnets=" + subnets + " " + SERVICE
        + ":DomainName=api.example.com " + SITE + ":DomainName=example.com HostedZoneId=" + zone;
    clone = new ScratchClone("app-lifecycle", miniStack);
  }

  @AfterAll
  void stop() {
    if (east != null) {
      east.close();
      west.close();
    }
    if (miniStack != null) {
      miniStack.close();
    }
  }

  @Test
  @Order(1)
  void deployAllMakesTheServiceFirstInItsRegionThenTheSiteThatReadsIt() {
    Run run = clone.make(params, "deploy_all", "APP=site-app");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("App site-app: deploy site-app-service (us-west-2), then site-app-site (us-east-1)"),
        run.out());
    assertEveryLinePrefixed(run);
    assertTrue(before(run, "site-app-service | Stack site-app-service is CREATE_COMPLETE.", "site-app-site    | "),
        run.out());
    assertTrue(run.out().endsWith("App site-app: deployed site-app-service, site-app-site.\n"), run.out());

    assertTrue(stack(west, SERVICE).isPresent() && stack(east, SERVICE).isEmpty(), "the service is in us-west-2 only");
    assertTrue(stack(east, SITE).isPresent() && stack(west, SITE).isEmpty(), "the site is in us-east-1 only");
    // The site's distribution reads the service's name from the other region's stack, through Fn::GetStackOutput.
    assertEquals(List.of("site", "api.example.com"), origins());
  }

  @Test
  @Order(2)
  void deployAllAgainReleasesTheNewCommitInBothStacks() throws IOException {
    Files.writeString(clone.folder().resolve("src/site/index.html"), "<!-- a second release -->\n",
        StandardOpenOption.APPEND);
    clone.git("commit", "-qam", "a second release");
    String head = clone.git("rev-parse", "HEAD");
    pushImage(head);

    Run run = clone.make(params, "deploy_all", "APP=site-app");
    assertEquals(0, run.status(), run.toString());
    assertEveryLinePrefixed(run);
    assertTrue(run.out().endsWith("App site-app: deployed site-app-service, site-app-site.\n"), run.out());
    assertEquals(head, output(east, SITE, "Release"));
    assertEquals(head, parameter(west, SERVICE, "ImageTag"));
  }

  @Test
  @Order(3)
  void diffAllFindsNothingToChange() {
    Run run = clone.make(params, "diff_all", "APP=site-app", "DETAILED_EXITCODE=1");
    assertEquals(0, run.status(), run.toString());
    for (String stack : List.of(SERVICE, SITE)) {
      assertTrue(run.out().contains("No changes: stack " + stack + " runs what the local template and parameters say."),
          run.out());
    }
    assertTrue(run.out().endsWith("App site-app: compared site-app-service, site-app-site.\n"), run.out());
  }

  @Test
  @Order(4)
  void aFailedServiceLeavesTheSiteThatReadsItUntouchedAndNamed() {
    Instant siteUpdated = stack(east, SITE).orElseThrow().lastUpdatedTime();
    Run run = clone.make(params + " " + SERVICE + ":Cpu=3", "deploy_all", "APP=site-app");
    assertNotEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("site-app-service | tropo4j: "), run.out());
    assertTrue(run.out().contains("\nApp site-app: failed site-app-service; not attempted site-app-site (a stack it "
        + "reads was not deployed).\n"), run.out());
    assertEquals(siteUpdated, stack(east, SITE).orElseThrow().lastUpdatedTime());
    assertTrue(!run.out().contains("site-app-site    | "), "the site was not touched:\n" + run.out());
  }

  @Test
  @Order(5)
  void deleteAllTakesTheSiteFirstThenTheServiceItRead() {
    Run run = clone.make(null, "delete_all", "APP=site-app", "FORCE=1");
    assertEquals(0, run.status(), run.toString());
    assertEveryLinePrefixed(run);
    assertTrue(run.out().contains("App site-app: delete site-app-site (us-east-1), then site-app-service (us-west-2)"),
        run.out());
    assertTrue(before(run, "site-app-site    | Stack site-app-site is deleted.", "site-app-service | "), run.out());
    assertTrue(run.out().endsWith("App site-app: deleted site-app-site, site-app-service.\n"), run.out());
    assertTrue(stack(east, SITE).isEmpty() && stack(west, SERVICE).isEmpty(), "both stacks are gone");
  }

  // -----------------------------------------------------------------------------------------------

  /** Each line is a stack's, prefixed by its name, or the app's own (its order, its summary). */
  private static void assertEveryLinePrefixed(Run run) {
    for (String line : run.out().split("\n")) {
      assertTrue(line.startsWith("App site-app: ") || PREFIXED.matcher(line).matches(), "a line of no stack: '" + line
          + "' in\n" + run.out());
    }
  }

  /** Whether the first text comes before any line starting with the second. */
  private static boolean before(Run run, String first, String laterLine) {
    int at = run.out().indexOf(first);
    int later = run.out().indexOf("\n" + laterLine);
    return at >= 0 && later >= 0 && at < later;
  }

  private static String value(String exports, String name) {
    for (String word : exports.replace("export ", "").split(" ")) {
      if (word.startsWith(name + "=")) {
        return word.substring(name.length() + 1);
      }
    }
    throw new IllegalStateException(name + " not in " + exports);
  }

  private Optional<Stack> stack(AwsClients aws, String name) {
    try {
      return aws.cloudFormation().describeStacks(b -> b.stackName(name)).stacks().stream().findFirst();
    } catch (SdkException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private String output(AwsClients aws, String stack, String key) {
    return stack(aws, stack).orElseThrow().outputs().stream().filter(o -> o.outputKey().equals(key))
        .map(Output::outputValue).findFirst().orElseThrow();
  }

  private String parameter(AwsClients aws, String stack, String key) {
    return stack(aws, stack).orElseThrow().parameters().stream().filter(p -> p.parameterKey().equals(key))
        .map(Parameter::parameterValue).findFirst().orElseThrow();
  }

  /** The ids of the site distribution's origins, the service's by the name it points at. */
  private List<String> origins() {
    String id = output(east, SITE, "DistributionId");
    return east.cloudFront().getDistribution(b -> b.id(id)).distribution().distributionConfig().origins().items()
        .stream().map(o -> o.id().equals("api") ? o.domainName() : o.id()).toList();
  }

  /** An image under that tag in the service's repository, in its region, as docker push leaves it. */
  private void pushImage(String tag) {
    String uri = output(west, SERVICE, "RepositoryUri");
    miniStack.python("-c", "import boto3, hashlib, json, sys; config = hashlib.sha256(sys.argv[2].encode())"
        + ".hexdigest(); boto3.client('ecr', region_name='us-west-2').put_image(repositoryName=sys.argv[1], "
        + "imageTag=sys.argv[2], imageManifest=json.dumps({'schemaVersion': 2, 'mediaType': "
        + "'application/vnd.docker.distribution.manifest.v2+json', 'config': {'mediaType': "
        + "'application/vnd.docker.container.image.v1+json', 'size': 2, 'digest': 'sha256:' + config}, "
        + "'layers': []}))", uri.substring(uri.indexOf('/') + 1), tag);
  }
}
