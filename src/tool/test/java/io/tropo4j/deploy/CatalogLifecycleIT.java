package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.testing.Emulator;
import io.tropo4j.testing.ScratchClone;
import io.tropo4j.testing.ScratchClone.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import software.amazon.awssdk.services.cloudformation.model.ChangeSetSummary;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudfront.model.Invalidation;
import software.amazon.awssdk.services.cloudfront.model.InvalidationSummary;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The catalog's four deployable stacks (webapp, ecs-cluster, fargate-service, static-site), each
 * through its whole lifecycle on MiniStack, run exactly as a user runs it: {@code make} targets in a
 * scratch clone of this repository at HEAD ({@code target/lifecycle-clone}, using this checkout's
 * build and virtual environments, as {@code src/demo/run.sh} does), PARAMS given in the environment,
 * never on a command line, and commits made in the clone. Each step is checked three ways: make's
 * exit status, the lines of its output that matter, and what MiniStack then holds, read with the SDK
 * (or boto3 where the tool has no client: SSM, Secrets Manager, ECR images).
 *
 * <p>Covered: the artifact bucket's bootstrap; source bundles per commit, a release, a rollback to an
 * earlier commit (nothing uploaded) and the release list; an update with nothing new (no change set
 * left); diff and plan, clean and on a dirty work tree; status, outputs and an outputs file;
 * set_params changing one parameter and keeping the release; a template over 51,200 bytes passed
 * through the artifact bucket; a NoEcho password given in single quotes in PARAMS (checked as it
 * arrives in the stack's secret, and in no output); container images checked in ECR before the stack
 * is touched, released by commit id, a missing one refused; service_online; a static site published
 * under its commit, switched, invalidated, rolled back; each stack created with termination protection
 * and a stack policy over what holds data; a stack edit that replaces ecs-cluster's database refused
 * before its change set runs, then allowed with ALLOW_REPLACE; a delete refused by termination
 * protection, then forced; deletes that name what they keep.
 *
 * <p>What MiniStack cannot show (see src/emulators/README.md, "What the emulators cannot show"): no
 * stack, change set or invalidation is ever in progress (each is final at its first Describe), so
 * waiting, following and timeouts are not exercised; ECS tasks count as running at once and nothing
 * runs (no image is pulled, no health check, no rollback of a failed rollout); a distribution is
 * Deployed and a certificate ISSUED at once, and no page is served through either; resources an
 * update adds show as Modify; executed change sets stay listed, so "no change set left" is read as none
 * that was not executed. The missing image is refused as on AWS only because the launcher
 * (src/emulators/ministack_server.py) answers ECR's DescribeImages of a missing image as AWS does;
 * MiniStack alone answers it with an empty list.
 *
 * <p>A password with a space cannot be used: ecs-cluster's DatabasePassword allows letters, digits and
 * {@code _+=,.-} only. So a quoted one with a space is shown to arrive whole (refused by that pattern,
 * not as a broken Key=Value item), and the stack is made with a quoted one the pattern allows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogLifecycleIT {
  /** Each make run's output, numbered, for a look after a failure. */
  private static final String ECS_AMI = "/tropo4j/ecs-ami";
  /** Valid for ecs-cluster's pattern (letters, digits, _+=,.-); given in single quotes, which PARAMS removes. */
  private static final String PASSWORD = "Open,Sesame+42=x";

  private Emulator miniStack;
  private AwsClients aws;
  /** What src/demo/network.py made: VpcId, Subnets, HostedZoneId, DomainName, CertificateArn. */
  private Map<String, String> network;
  private ScratchClone clone;

  @BeforeAll
  void start() throws IOException {
    miniStack = Emulator.miniStack();
    aws = AwsClients.of(miniStack.endpoint(), Region.US_EAST_1,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
    network = new LinkedHashMap<>();
    for (String pair : miniStack.python("src/demo/network.py").split(" ")) {
      network.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    // ecs-cluster's default AMI parameter (/aws/service/ecs/...) is a name MiniStack refuses to create.
    miniStack.python("-c", "import boto3; boto3.client('ssm').put_parameter(Name='" + ECS_AMI + "', "
        + "Value='ami-0123456789abcdef0', Type='String', DataType='aws:ec2:image')");

    clone = new ScratchClone("lifecycle", miniStack);
  }

  @AfterAll
  void stop() {
    if (aws != null) {
      aws.close();
    }
    if (miniStack != null) {
      miniStack.close();
    }
  }

  // -----------------------------------------------------------------------------------------------
  // The stacks

  @Test
  @Order(1)
  void webapp() throws IOException {
    String params = params("VpcId", "Subnets", "HostedZoneId", "CertificateArn") + " DomainName=app.example.com";
    String first = head();

    Run created = makeWithParams(params, "create_stack", "STACK=webapp");
    assertSucceeded(created);
    assertLine(created, "No artifact bucket in this account and region yet: creating stack tropo4j-bootstrap");
    assertLine(created, "Stack tropo4j-bootstrap is CREATE_COMPLETE.");
    String bucket = physicalId("tropo4j-bootstrap", "ArtifactBucket");
    assertHas(created, "Source src/webapp at commit " + first.substring(0, 12) + ": s3://" + bucket + "/webapp/" + first
        + ".zip (uploaded, ");
    assertLine(created, "Stack webapp is CREATE_COMPLETE.");
    assertEquals("CREATE_COMPLETE", stackStatus("tropo4j-bootstrap"));
    assertEquals("CREATE_COMPLETE", stackStatus("webapp"));
    assertProtected("webapp");
    assertEquals(bucket, parameter("webapp", "SourceBucket"));
    assertEquals("webapp/" + first + ".zip", parameter("webapp", "SourceKey"));
    assertEquals(List.of("webapp/" + first + ".zip"), keys(bucket, "webapp/"));

    commit("src/webapp/requirements.txt", "# the second release\n", "webapp: second release");
    String second = head();
    Run updated = make("update_stack", "STACK=webapp");
    assertSucceeded(updated);
    assertHas(updated, "s3://" + bucket + "/webapp/" + second + ".zip (uploaded, ");
    assertLine(updated, "Stack webapp is UPDATE_COMPLETE.");
    assertEquals("UPDATE_COMPLETE", stackStatus("webapp"));
    assertEquals("webapp/" + second + ".zip", parameter("webapp", "SourceKey"));

    Instant updatedAt = stack("webapp").orElseThrow().lastUpdatedTime();
    Run again = make("update_stack", "STACK=webapp");
    assertSucceeded(again);
    assertHas(again, "/webapp/" + second + ".zip (already there)");
    assertLine(again, "No changes: stack webapp is up to date.");
    assertLacks(again, "Executing change set");
    assertEquals(updatedAt, stack("webapp").orElseThrow().lastUpdatedTime());
    assertEquals(List.of(), changeSetsNotExecuted("webapp"));

    Run same = make("diff_stack", "STACK=webapp");
    assertSucceeded(same);
    assertLine(same, "No changes: stack webapp runs what the local template and parameters say.");

    // An uncommitted edit of the stack itself: diff and plan work on the dirty tree, and change nothing.
    Path source = clone.folder().resolve("src/stacks/java/io/tropo4j/stacks/WebappStack.java");
    String original = Files.readString(source);
    assertTrue(original.contains(".healthCheckPath(\"/health\")"), "WebappStack no longer checks /health");
    Files.writeString(source, original.replace(".healthCheckPath(\"/health\")", ".healthCheckPath(\"/healthz\")"));
    // A difference is what diff reports, not a failure of make's; DETAILED_EXITCODE=1 asks for the tool's 2.
    Run edited = make("diff_stack", "STACK=webapp");
    assertSucceeded(edited);
    assertLacks(edited, "Error");
    assertLine(edited, "  ~ TargetGroup (AWS::ElasticLoadBalancingV2::TargetGroup), replacement: False");
    assertLine(edited, "      Properties.HealthCheckPath: \"/health\" -> \"/healthz\"");
    assertLine(edited, "  ~ SourceKey: \"webapp/" + second + ".zip\" -> \"webapp/" + second + "-dirty.zip\"");
    assertEquals(List.of(), changeSetsNotExecuted("webapp"));
    Run planned = make("plan_stack", "STACK=webapp");
    assertSucceeded(planned);
    assertLine(planned, "WARNING: src/stacks/java has uncommitted changes; the release is HEAD's commit with them, "
        + "named " + second.substring(0, 12) + "-dirty");
    assertHas(planned, "would go to webapp/" + second + "-dirty.zip (not uploaded: a plan uploads nothing)");
    assertHas(planned, "  Modify  TargetGroup ");
    assertLine(planned, "Plan only: nothing was executed.");
    assertEquals("webapp/" + second + ".zip", parameter("webapp", "SourceKey"));
    assertEquals(updatedAt, stack("webapp").orElseThrow().lastUpdatedTime());
    assertEquals(List.of(), changeSetsNotExecuted("webapp"));
    git("checkout", "--", "src/stacks");

    Run plan = make("plan_stack", "STACK=webapp");
    assertSucceeded(plan);
    assertHas(plan, "would go to webapp/" + second + ".zip (already there)");
    assertLine(plan, "No changes: stack webapp is up to date.");
    assertLine(plan, "Plan only: nothing was executed.");
    assertEquals(List.of(), changeSetsNotExecuted("webapp"));

    Run status = make("status_stack", "STACK=webapp");
    assertSucceeded(status);
    assertHas(status, "Stack webapp: UPDATE_COMPLETE");
    assertLine(status, "Outputs of stack webapp:");
    assertLine(status, "  URL = https://app.example.com");
    assertLine(status, "  SourceKey = webapp/" + second + ".zip");

    assertOutputsFile("webapp");

    Run parameters = makeWithParams("MinSize=3", "set_params", "STACK=webapp");
    assertSucceeded(parameters);
    assertLine(parameters, "Stack webapp is UPDATE_COMPLETE.");
    assertEquals("3", parameter("webapp", "MinSize"));
    assertEquals("webapp/" + second + ".zip", parameter("webapp", "SourceKey"));

    Run rollback = make("update_stack", "STACK=webapp", "COMMIT=HEAD~1");
    assertSucceeded(rollback);
    assertLine(rollback, "Stack webapp as commit " + first.substring(0, 12) + " has it (its sources compiled from git)");
    assertLine(rollback, "Source src/webapp at commit " + first.substring(0, 12) + ": s3://" + bucket + "/webapp/" + first
        + ".zip (already there)");
    assertLine(rollback, "Stack webapp is UPDATE_COMPLETE.");
    assertEquals("webapp/" + first + ".zip", parameter("webapp", "SourceKey"));
    assertEquals("3", parameter("webapp", "MinSize"));
    assertEquals(List.of("webapp/" + first + ".zip", "webapp/" + second + ".zip").stream().sorted().toList(),
        keys(bucket, "webapp/"));

    Run releases = make("releases", "STACK=webapp");
    assertSucceeded(releases);
    assertLine(releases, "Releases of stack webapp in s3://" + bucket + "/webapp/, newest first:");
    assertHas(releases, "\n* " + first.substring(0, 12) + " ");
    assertHas(releases, "\n  " + second.substring(0, 12) + " ");
    assertLine(releases, "* runs now");

    String accessLogs = physicalId("webapp", "AccessLogsBucket");
    Run refused = make("delete_stack", "STACK=webapp");
    assertEquals(2, refused.status(), refused.toString());
    assertHas(refused, "tropo4j: stack webapp has termination protection (it holds data: ");
    assertHas(refused, "; to delete it anyway: make delete_stack STACK_NAME=webapp FORCE=1");
    assertEquals("UPDATE_COMPLETE", stackStatus("webapp"));
    Run deleted = make("delete_stack", "STACK=webapp", "FORCE=1");
    assertSucceeded(deleted);
    assertLine(deleted, "Termination protection of webapp is off, to delete it.");
    assertLine(deleted, "Stack webapp is deleted.");
    assertLine(deleted, "  kept (DeletionPolicy Retain): AccessLogsBucket AWS::S3::Bucket " + accessLogs);
    assertEquals(Optional.empty(), stack("webapp"));
    assertTrue(bucketExists(accessLogs), accessLogs + " was not kept");
  }

  @Test
  @Order(2)
  void ecsCluster() throws IOException {
    String repository = aws.ecr().createRepository(b -> b.repositoryName("lifecycle-app")
        .imageTagMutability(ImageTagMutability.IMMUTABLE).imageScanningConfiguration(c -> c.scanOnPush(true)))
        .repository().repositoryUri();
    String first = head();
    pushImage("lifecycle-app", first);
    String params = params("VpcId", "Subnets", "HostedZoneId", "CertificateArn")
        + " DomainName=cluster.example.com AppImage=" + repository + " ImageId=" + ECS_AMI;
    List<Run> runs = new ArrayList<>();

    // PARAMS is split as a shell splits words: the quoted value is one word, space and all; the stack's
    // own pattern then refuses it, before anything is made, without showing it.
    Run spaced = makeWithParams(params + " 'DatabasePassword=open sesame 42'", "create_stack", "STACK=ecs-cluster");
    runs.add(spaced);
    assertEquals(2, spaced.status(), spaced.toString());
    assertLine(spaced, "tropo4j: parameter DatabasePassword (NoEcho, value not shown) is not valid; it must be 8 to 41 "
        + "letters, digits or _+=,.-");
    assertLacks(spaced, "sesame");
    assertEquals(Optional.empty(), stack("ecs-cluster"));

    Run created = makeWithParams(params + " 'DatabasePassword=" + PASSWORD + "'", "create_stack", "STACK=ecs-cluster");
    runs.add(created);
    assertSucceeded(created);
    assertHas(created, "Image " + repository + ":" + first + " is in ECR (pushed ");
    String bucket = physicalId("tropo4j-bootstrap", "ArtifactBucket");
    assertHas(created, " bytes, over the 51200 CloudFormation takes inline: passing it as s3://" + bucket
        + "/templates/ecs-cluster/");
    assertLine(created, "Stack ecs-cluster is CREATE_COMPLETE.");
    assertEquals("CREATE_COMPLETE", stackStatus("ecs-cluster"));
    assertProtected("ecs-cluster");
    assertEquals(1, keys(bucket, "templates/ecs-cluster/").size());
    assertEquals(repository + ":" + first, parameter("ecs-cluster", "AppImage"));
    assertEquals("****", parameter("ecs-cluster", "DatabasePassword"));
    assertEquals("{\"username\":\"root\",\"password\":\"" + PASSWORD + "\"}", miniStack.python("-c", "import boto3; "
        + "print(boto3.client('secretsmanager').get_secret_value(SecretId='"
        + physicalId("ecs-cluster", "DatabaseSecret") + "')['SecretString'])"));
    assertEquals("Offline", parameter("ecs-cluster", "ServiceState"));
    assertEquals(0, service("ecs-cluster").desiredCount());

    Run online = make("service_online", "STACK=ecs-cluster");
    runs.add(online);
    assertSucceeded(online);
    assertLine(online, "Stack ecs-cluster is UPDATE_COMPLETE.");
    assertEquals("Online", parameter("ecs-cluster", "ServiceState"));
    assertEquals(repository + ":" + first, parameter("ecs-cluster", "AppImage"));
    assertEquals(Integer.parseInt(parameter("ecs-cluster", "ServiceCount")), service("ecs-cluster").desiredCount());
    assertHas(online, "  service " + service("ecs-cluster").serviceName() + ": desired 2, ");

    commit("src/webapp/requirements.txt", "# a release of the cluster's image\n", "ecs-cluster: a new image");
    String second = head();
    pushImage("lifecycle-app", second);
    Run updated = make("update_stack", "STACK=ecs-cluster");
    runs.add(updated);
    assertSucceeded(updated);
    assertHas(updated, "Image " + repository + ":" + second + " is in ECR (pushed ");
    assertLine(updated, "Stack ecs-cluster is UPDATE_COMPLETE.");
    assertEquals(repository + ":" + second, parameter("ecs-cluster", "AppImage"));
    assertEquals(repository + ":" + second, image(service("ecs-cluster")));
    assertEquals(2, service("ecs-cluster").desiredCount());
    assertEquals("Online", parameter("ecs-cluster", "ServiceState"));

    Run diff = make("diff_stack", "STACK=ecs-cluster");
    runs.add(diff);
    assertSucceeded(diff);
    assertLine(diff, "No changes: stack ecs-cluster runs what the local template and parameters say.");

    Run plan = make("plan_stack", "STACK=ecs-cluster");
    runs.add(plan);
    assertSucceeded(plan);
    assertLine(plan, "Plan only: nothing was executed.");
    assertEquals(List.of(), changeSetsNotExecuted("ecs-cluster"));

    Run status = make("status_stack", "STACK=ecs-cluster");
    runs.add(status);
    assertSucceeded(status);
    assertHas(status, "Stack ecs-cluster: UPDATE_COMPLETE");
    assertLine(status, "  SiteURL = https://cluster.example.com");
    assertLine(status, "  ConfigBucket = " + physicalId("ecs-cluster", "ConfigBucket"));

    assertOutputsFile("ecs-cluster");

    // A stack edit that replaces the database (its DBName is create-only): refused before the change set
    // runs, with nothing changed and no change set left; then allowed for one update, which replaces it, and
    // the whole policy is back.
    String database = physicalId("ecs-cluster", "Database");
    Path source = clone.folder().resolve("src/stacks/java/io/tropo4j/stacks/EcsClusterStack.java");
    Files.writeString(source, Files.readString(source).replace(".dbName(\"app\")", ".dbName(\"shop\")"));
    git("commit", "-q", "-am", "ecs-cluster: a database of another name");
    pushImage("lifecycle-app", head()); // the release's image, as for any commit
    Run replacing = make("update_stack", "STACK=ecs-cluster");
    runs.add(replacing);
    assertEquals(2, replacing.status(), replacing.toString());
    assertLine(replacing, "tropo4j: the update of stack ecs-cluster replaces or removes Database "
        + "(AWS::RDS::DBInstance), which holds data; the stack policy refuses it, so nothing was changed; to let this "
        + "update do it anyway (the resource's UpdateReplacePolicy or DeletionPolicy decides whether its data is "
        + "kept), run the same command with ALLOW_REPLACE=Database");
    assertEquals(database, physicalId("ecs-cluster", "Database"));
    assertEquals(List.of(), changeSetsNotExecuted("ecs-cluster"));
    Run replaced = make("update_stack", "STACK=ecs-cluster", "ALLOW_REPLACE=Database");
    runs.add(replaced);
    assertSucceeded(replaced);
    assertHas(replaced, "WARNING: stack ecs-cluster's policy lets this update replace Database, which holds data;");
    assertLine(replaced, "Stack ecs-cluster is UPDATE_COMPLETE.");
    assertNotEquals(database, physicalId("ecs-cluster", "Database"));
    assertProtected("ecs-cluster");

    String configBucket = physicalId("ecs-cluster", "ConfigBucket");
    Run deleted = make("delete_stack", "STACK=ecs-cluster", "FORCE=1");
    runs.add(deleted);
    assertSucceeded(deleted);
    assertLine(deleted, "Stack ecs-cluster is deleted.");
    assertLine(deleted, "  kept (DeletionPolicy Retain): ConfigBucket AWS::S3::Bucket " + configBucket);
    assertEquals(Optional.empty(), stack("ecs-cluster"));
    assertTrue(bucketExists(configBucket), configBucket + " was not kept");

    for (Run run : runs) {
      assertLacks(run, PASSWORD);
    }
  }

  @Test
  @Order(3)
  void fargateService() throws IOException {
    Run created = makeWithParams(params("VpcId", "Subnets", "HostedZoneId") + " DomainName=service.example.com",
        "create_stack", "STACK=fargate-service");
    assertSucceeded(created);
    assertLine(created, "Stack fargate-service is CREATE_COMPLETE.");
    assertProtected("fargate-service");
    assertLacks(created, "is in ECR");
    assertEquals("", parameter("fargate-service", "ImageTag"));
    assertEquals(0, service("fargate-service").desiredCount());
    String repository = physicalId("fargate-service", "Repository");
    String uri = output("fargate-service", "RepositoryUri");
    assertTrue(uri.endsWith("/" + repository), uri);

    String commit = head();
    pushImage(repository, commit);
    Run released = make("update_stack", "STACK=fargate-service");
    assertSucceeded(released);
    assertHas(released, "Image " + uri + ":" + commit + " is in ECR (pushed ");
    assertLine(released, "Stack fargate-service is UPDATE_COMPLETE.");
    assertEquals(commit, parameter("fargate-service", "ImageTag"));
    assertEquals(3, service("fargate-service").desiredCount());
    assertEquals(uri + ":" + commit, image(service("fargate-service")));

    Instant updatedAt = stack("fargate-service").orElseThrow().lastUpdatedTime();
    int changeSets = changeSets("fargate-service").size();
    Run missing = make("update_stack", "STACK=fargate-service", "IMAGE_TAG=nosuch");
    assertNotEquals(0, missing.status(), missing.toString());
    assertHas(missing, "tropo4j: image " + uri + ":nosuch is not in ECR repository " + repository
        + "; build and push it first: docker build -t " + uri + ":nosuch . && ");
    assertLacks(missing, "Creating change set");
    assertEquals(changeSets, changeSets("fargate-service").size());
    assertEquals(updatedAt, stack("fargate-service").orElseThrow().lastUpdatedTime());
    assertEquals(commit, parameter("fargate-service", "ImageTag"));
    assertEquals(uri + ":" + commit, image(service("fargate-service")));

    Run diff = make("diff_stack", "STACK=fargate-service");
    assertSucceeded(diff);
    assertLine(diff, "No changes: stack fargate-service runs what the local template and parameters say.");

    Run plan = make("plan_stack", "STACK=fargate-service");
    assertSucceeded(plan);
    assertHas(plan, "Image " + uri + ":" + commit + " is in ECR");
    assertLine(plan, "Plan only: nothing was executed.");
    assertEquals(List.of(), changeSetsNotExecuted("fargate-service"));

    Run status = make("status_stack", "STACK=fargate-service");
    assertSucceeded(status);
    assertHas(status, "Stack fargate-service: UPDATE_COMPLETE");
    assertLine(status, "  RepositoryUri = " + uri);

    assertOutputsFile("fargate-service");

    Run deleted = make("delete_stack", "STACK=fargate-service", "FORCE=1");
    assertSucceeded(deleted);
    assertLine(deleted, "Stack fargate-service is deleted.");
    assertLine(deleted, "  kept (DeletionPolicy Retain): Repository AWS::ECR::Repository " + repository);
    assertEquals(Optional.empty(), stack("fargate-service"));
  }

  @Test
  @Order(4)
  void staticSite() throws IOException {
    String first = head();
    Run created = makeWithParams(params("HostedZoneId") + " DomainName=site.example.com", "create_stack",
        "STACK=static-site");
    assertSucceeded(created);
    assertLine(created, "Stack static-site is made without a release (SiteRelease empty): its files go in before "
        + "anything serves them.");
    String site = physicalId("static-site", "SiteBucket");
    assertHas(created, "Site src/site at release " + first.substring(0, 12) + ": s3://" + site + "/releases/" + first
        + "/ (uploaded, 4 files, ");
    assertLine(created, "Switching stack static-site from release (none) to " + first.substring(0, 12));
    assertLine(created, "Stack static-site is UPDATE_COMPLETE.");
    assertEquals("UPDATE_COMPLETE", stackStatus("static-site"));
    assertProtected("static-site");
    assertEquals(first, parameter("static-site", "SiteRelease"));
    assertTrue(keys(site, "releases/" + first + "/").contains("releases/" + first + "/index.html"));
    assertTrue(keys(site, "releases/").contains("releases/" + first + ".json"), "no manifest");
    String distribution = physicalId("static-site", "Distribution");
    assertEquals(distribution, output("static-site", "DistributionId"));
    assertEquals("/releases/" + first, originPath(distribution));
    assertEquals(List.of(), invalidations(distribution));

    commit("src/site/index.html", "<!-- the second release -->\n", "site: second release");
    String second = head();
    Run updated = make("update_stack", "STACK=static-site");
    assertSucceeded(updated);
    assertHas(updated, "s3://" + site + "/releases/" + second + "/ (uploaded, ");
    assertLine(updated, "Switching stack static-site from release " + first.substring(0, 12) + " to "
        + second.substring(0, 12));
    assertHas(updated, "Invalidating / /index.html in distribution " + distribution + " (");
    assertEquals(second, parameter("static-site", "SiteRelease"));
    assertEquals("/releases/" + second, originPath(distribution));
    List<InvalidationSummary> sent = invalidations(distribution);
    assertEquals(1, sent.size());
    assertEquals("Completed", sent.get(0).status());
    assertLine(updated, "  invalidation " + sent.get(0).id() + ": Completed");
    assertEquals(List.of("/", "/index.html"), paths(distribution, sent.get(0).id()));

    Run rollback = make("update_stack", "STACK=static-site", "COMMIT=HEAD~1");
    assertSucceeded(rollback);
    assertLine(rollback, "Site src/site at release " + first.substring(0, 12) + ": s3://" + site + "/releases/" + first
        + "/ (already there)");
    assertLine(rollback, "Switching stack static-site from release " + second.substring(0, 12) + " to "
        + first.substring(0, 12));
    assertEquals(first, parameter("static-site", "SiteRelease"));
    assertEquals("/releases/" + first, originPath(distribution));
    assertEquals(2, invalidations(distribution).size());
    assertTrue(invalidations(distribution).stream().allMatch(i -> i.status().equals("Completed")));

    Run again = make("update_stack", "STACK=static-site", "COMMIT=HEAD~1");
    assertSucceeded(again);
    assertHas(again, "/releases/" + first + "/ (already there)");
    assertLine(again, "No changes: stack static-site is up to date.");
    assertLacks(again, "Invalidating");
    assertEquals(2, invalidations(distribution).size());
    assertEquals(List.of(), changeSetsNotExecuted("static-site"));

    Run releases = make("releases", "STACK=static-site");
    assertSucceeded(releases);
    assertLine(releases, "Releases of stack static-site in s3://" + site + "/releases/, newest first:");
    assertHas(releases, "\n* " + first.substring(0, 12) + " ");
    assertHas(releases, "\n  " + second.substring(0, 12) + " ");

    // The stack runs HEAD~1 now: against HEAD, the release differs; against HEAD~1, nothing does.
    Run ahead = make("diff_stack", "STACK=static-site", "DETAILED_EXITCODE=1");
    assertEquals(2, ahead.status(), ahead.toString());
    assertLine(ahead, "  ~ SiteRelease: \"" + first + "\" -> \"" + second + "\"");
    Run diff = make("diff_stack", "STACK=static-site", "COMMIT=HEAD~1");
    assertSucceeded(diff);
    assertLine(diff, "No changes: stack static-site runs what the local template and parameters say.");

    Run plan = make("plan_stack", "STACK=static-site", "COMMIT=HEAD~1");
    assertSucceeded(plan);
    assertHas(plan, "would go to releases/" + first + "/ (already there)");
    assertLine(plan, "Plan only: nothing was executed.");
    assertEquals(List.of(), changeSetsNotExecuted("static-site"));

    Run status = make("status_stack", "STACK=static-site");
    assertSucceeded(status);
    assertHas(status, "Stack static-site: UPDATE_COMPLETE");
    assertLine(status, "  Release = " + first);

    String logs = physicalId("static-site", "LogBucket");
    Run deleted = make("delete_stack", "STACK=static-site", "FORCE=1");
    assertSucceeded(deleted);
    assertLine(deleted, "Stack static-site is deleted.");
    assertLine(deleted, "  kept (DeletionPolicy Retain): SiteBucket AWS::S3::Bucket " + site);
    assertLine(deleted, "  kept (DeletionPolicy Retain): LogBucket AWS::S3::Bucket " + logs);
    assertEquals(Optional.empty(), stack("static-site"));
    assertTrue(bucketExists(site) && bucketExists(logs), "the buckets were not kept");
    assertTrue(keys(site, "releases/").contains("releases/" + second + "/index.html"), "the releases were not kept");
  }

  // -----------------------------------------------------------------------------------------------
  // make, in the clone

  /** What one make run did: its command line, exit status and output (stdout and stderr together). */
  private Run make(String target, String... variables) {
    return clone.make(null, target, variables);
  }

  /** A make target as a user runs it, PARAMS (when not null) in the environment, never on the command line. */
  private Run makeWithParams(String params, String target, String... variables) {
    return clone.make(params, target, variables);
  }

  /** The network's values, as PARAMS takes them. */
  private String params(String... keys) {
    List<String> pairs = new ArrayList<>();
    for (String key : keys) {
      pairs.add(key + "=" + network.get(key));
    }
    return String.join(" ", pairs);
  }

  /** outputs_stack with OUTPUTS_FILE: a JSON file of the stack's outputs, as CloudFormation has them. */
  private void assertOutputsFile(String stackName) throws IOException {
    Path file = clone.log().resolve(stackName + "-outputs.json");
    Run run = make("outputs_stack", "STACK=" + stackName, "OUTPUTS_FILE=" + file);
    assertSucceeded(run);
    assertLine(run, "Outputs of stack " + stackName + ":");
    assertLine(run, "Outputs written to " + file);
    Map<String, Map<String, String>> written = new ObjectMapper().readValue(file.toFile(), new TypeReference<>() {});
    assertEquals(Map.of(stackName, outputs(stackName)), written);
  }

  private static void assertSucceeded(Run run) {
    assertEquals(0, run.status(), run.toString());
  }

  /** A whole line of the output. */
  private static void assertLine(Run run, String line) {
    assertTrue(run.out().lines().anyMatch(line::equals), "no line \"" + line + "\" in " + run);
  }

  private static void assertHas(Run run, String text) {
    assertTrue(run.out().contains(text), "no \"" + text + "\" in " + run);
  }

  private static void assertLacks(Run run, String text) {
    assertFalse(run.out().contains(text), "\"" + text + "\" in " + run);
  }

  // -----------------------------------------------------------------------------------------------
  // git, in the clone

  private String head() {
    return git("rev-parse", "HEAD");
  }

  /**
   * The stack has termination protection, and a stack policy that refuses replacing or removing each
   * resource of its template that holds data, and allows every other update.
   */
  private void assertProtected(String stackName) {
    Stack stack = aws.cloudFormation().describeStacks(b -> b.stackName(stackName)).stacks().get(0);
    assertEquals(Boolean.TRUE, stack.enableTerminationProtection(), stackName + " has no termination protection");
    Map<String, String> data = StackPolicy.dataResources(new Stacks(aws.cloudFormation()).template(stackName));
    assertFalse(data.isEmpty(), stackName + " holds no data?");
    assertEquals(StackPolicy.body(data.keySet()).orElseThrow(),
        aws.cloudFormation().getStackPolicy(b -> b.stackName(stackName)).stackPolicyBody());
  }

  /** Appends to a file of the clone and commits it. */
  private void commit(String path, String appended, String message) throws IOException {
    Files.writeString(clone.folder().resolve(path), appended, java.nio.file.StandardOpenOption.APPEND);
    git("commit", "-q", "-am", message);
  }

  private String git(String... args) {
    return clone.git(args);
  }

  // -----------------------------------------------------------------------------------------------
  // What MiniStack holds

  /** The stack by name; empty when CloudFormation says it does not exist. */
  private Optional<Stack> stack(String name) {
    try {
      return aws.cloudFormation().describeStacks(b -> b.stackName(name)).stacks().stream().findFirst();
    } catch (SdkException e) {
      if (AwsCalls.isMissingStack(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private String stackStatus(String name) {
    return stack(name).orElseThrow().stackStatusAsString();
  }

  private String parameter(String stack, String key) {
    return stack(stack).orElseThrow().parameters().stream().filter(p -> p.parameterKey().equals(key))
        .map(Parameter::parameterValue).findFirst().orElseThrow(() -> new AssertionError(stack + " has no " + key));
  }

  private Map<String, String> outputs(String stack) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output output : stack(stack).orElseThrow().outputs()) {
      outputs.put(output.outputKey(), output.outputValue());
    }
    return outputs;
  }

  private String output(String stack, String key) {
    return outputs(stack).get(key);
  }

  private String physicalId(String stack, String logicalId) {
    return aws.cloudFormation().describeStackResource(b -> b.stackName(stack).logicalResourceId(logicalId))
        .stackResourceDetail().physicalResourceId();
  }

  private List<ChangeSetSummary> changeSets(String stack) {
    return aws.cloudFormation().listChangeSets(b -> b.stackName(stack)).summaries();
  }

  /**
   * The stack's change sets that were not executed: MiniStack keeps executed ones listed (AWS removes
   * them), so "none left" is "none of these".
   */
  private List<String> changeSetsNotExecuted(String stack) {
    return changeSets(stack).stream().filter(c -> !"EXECUTE_COMPLETE".equals(c.executionStatusAsString()))
        .map(ChangeSetSummary::changeSetName).toList();
  }

  private List<String> keys(String bucket, String prefix) {
    return aws.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(S3Object::key).sorted().toList();
  }

  private boolean bucketExists(String bucket) {
    try {
      aws.s3().headBucket(b -> b.bucket(bucket));
      return true;
    } catch (SdkException e) {
      return false;
    }
  }

  /** The stack's one ECS service, found through its Service resource (the ARN) and Cluster resource. */
  private Service service(String stack) {
    String cluster = physicalId(stack, "Cluster");
    String arn = physicalId(stack, "Service");
    return aws.ecs().describeServices(b -> b.cluster(cluster).services(arn)).services().get(0);
  }

  /** The image of the service's task definition's (only) container. */
  private String image(Service service) {
    List<ContainerDefinition> containers = aws.ecs().describeTaskDefinition(b -> b.taskDefinition(
        service.taskDefinition())).taskDefinition().containerDefinitions();
    assertEquals(1, containers.size(), String.valueOf(containers));
    return containers.get(0).image();
  }

  /** An image in ECR, as docker push leaves it (a manifest without layers), tagged. */
  private void pushImage(String repository, String tag) {
    miniStack.python("-c", "import boto3, hashlib, json, sys; config = hashlib.sha256(sys.argv[2].encode())"
        + ".hexdigest(); boto3.client('ecr').put_image(repositoryName=sys.argv[1], imageTag=sys.argv[2], "
        + "imageManifest=json.dumps({'schemaVersion': 2, 'mediaType': "
        + "'application/vnd.docker.distribution.manifest.v2+json', 'config': {'mediaType': "
        + "'application/vnd.docker.container.image.v1+json', 'size': 2, 'digest': 'sha256:' + config}, "
        + "'layers': []}))", repository, tag);
  }

  private String originPath(String distribution) {
    return aws.cloudFront().getDistribution(b -> b.id(distribution)).distribution().distributionConfig().origins()
        .items().get(0).originPath();
  }

  private List<InvalidationSummary> invalidations(String distribution) {
    return aws.cloudFront().listInvalidations(b -> b.distributionId(distribution)).invalidationList().items();
  }

  private List<String> paths(String distribution, String invalidation) {
    Invalidation sent = aws.cloudFront().getInvalidation(b -> b.distributionId(distribution).id(invalidation))
        .invalidation();
    return sent.invalidationBatch().paths().items().stream().sorted().toList();
  }
}
