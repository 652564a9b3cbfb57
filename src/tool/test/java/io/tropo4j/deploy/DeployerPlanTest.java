package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.testing.FakeClient;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.sns.Topic;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ListChangeSetsResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A plan only looks. Against clients that record every call (and answer only DescribeStacks), a plan
 * for a stack whose first create failed, or that does not exist, makes no call but reads: it used to
 * delete a ROLLBACK_COMPLETE stack, and to create the artifact bucket and upload the bundle.
 */
class DeployerPlanTest {
  /** The deployer calls from its look-ahead threads too. */
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  @Test
  void aPlanOnAStackWhoseFirstCreateFailedShowsTheCreateAndOnlyReads(@TempDir Path repo) throws Exception {
    commitAnApp(repo);
    Optional<ChangeSetPreview> preview;
    try (AwsClients aws = AwsClients.of(cloudFormation("ROLLBACK_COMPLETE"), s3(), null, null, null, null)) {
      preview = new Deployer(aws, new DeployListener() {}, Duration.ofMillis(1)).plan(request(repo));
    }
    assertEquals(List.of(new ChangeSetPreview.PlannedChange("Add", "Topic", "AWS::SNS::Topic", null)),
        preview.orElseThrow().changes());
    assertOnlyReads();
  }

  @Test
  void aPlanForAStackThatDoesNotExistCreatesNoBucketAndUploadsNothing(@TempDir Path repo) throws Exception {
    commitAnApp(repo);
    List<String> wouldUpload = new ArrayList<>();
    try (AwsClients aws = AwsClients.of(cloudFormation(null), s3(), null, null, null, null)) {
      new Deployer(aws, new DeployListener() {
        @Override
        public void sourceWouldUpload(String path, String commit, String key, boolean alreadyThere) {
          wouldUpload.add(key + " " + alreadyThere);
        }
      }, Duration.ofMillis(1)).plan(request(repo));
    }
    String head;
    try (Git git = Git.open(repo.toFile())) {
      head = git.getRepository().resolve("HEAD").name();
    }
    assertEquals(List.of("app/" + head + ".zip false"), wouldUpload);
    assertOnlyReads();
  }

  /**
   * A plan of a stack that already runs what it would send ends as every plan does: with its plan line,
   * after the "no changes" of the change set CloudFormation found empty and which it removed.
   */
  @Test
  void aPlanWithNothingToChangeStillEndsAsAPlan() {
    FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class)
        .on("describeStacks", request -> ((DescribeStacksRequest) request).stackName().equals("topic")
            ? DescribeStacksResponse.builder().stacks(software.amazon.awssdk.services.cloudformation.model.Stack
                .builder().stackName("topic").stackId("id/topic").stackStatus("UPDATE_COMPLETE").build()).build()
            : CloudFormationException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                .errorCode("ValidationError").errorMessage("Stack with id tropo4j-bootstrap does not exist").build())
                .build())
        .on("listChangeSets", request -> ListChangeSetsResponse.builder().build())
        .on("createChangeSet", request -> CreateChangeSetResponse.builder().id("arn/look").stackId("id/topic").build())
        .on("describeChangeSet", request -> DescribeChangeSetResponse.builder().status("FAILED").statusReason(
            "The submitted information didn't contain changes. Submit different information to create a change set.")
            .build())
        .on("deleteChangeSet", request -> DeleteChangeSetResponse.builder().build());
    List<String> events = new ArrayList<>();
    Optional<ChangeSetPreview> preview;
    try (AwsClients aws = AwsClients.of(cloudFormation.client(), null, null, null, null, null)) {
      preview = new Deployer(aws, new DeployListener() {
        @Override
        public void upToDate(String stackName) {
          events.add("upToDate " + stackName);
        }

        @Override
        public void changeSet(ChangeSetPreview shown) {
          events.add("changeSet " + shown.stackName());
        }

        @Override
        public void planned(String stackName) {
          events.add("planned " + stackName);
        }
      }, Duration.ofMillis(1)).plan(new DeployRequest(new TopicStack(), "topic", Map.of(), null, null, false,
          Duration.ofMinutes(1)));
    }
    assertEquals(Optional.empty(), preview);
    assertEquals(List.of("upToDate topic", "planned topic"), events);
    assertEquals(List.of("arn/look"), cloudFormation.requests("deleteChangeSet").stream()
        .map(r -> ((DeleteChangeSetRequest) r).changeSetName()).toList());
  }

  private void assertOnlyReads() {
    assertTrue(calls.stream().allMatch(c -> c.startsWith("describe") || c.startsWith("get") || c.startsWith("list")),
        "a plan made calls that change something: " + calls);
    assertTrue(calls.contains("describeStacks"), String.valueOf(calls));
  }

  private static DeployRequest request(Path repo) {
    return new DeployRequest(new AppStack(), "app", Map.of(), repo, null, false, Duration.ofMinutes(1));
  }

  /** CloudFormation with one stack, "app", in this status (null: no stack at all). */
  private CloudFormationClient cloudFormation(String status) {
    InvocationHandler handler = (proxy, method, args) -> {
      // The SDK's interface is all default methods: a Consumer<Builder> variant builds the request
      // and calls the request variant, which is the one recorded.
      if (method.isDefault() && args != null && args.length == 1 && args[0] instanceof java.util.function.Consumer) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      if (method.getName().equals("close") || method.getName().equals("serviceName")) {
        return method.getName().equals("close") ? null : "cloudformation";
      }
      calls.add(method.getName());
      if (method.getName().equals("describeStacks") && args != null
          && args[0] instanceof DescribeStacksRequest request) {
        if (status != null && request.stackName().equals("app")) {
          return DescribeStacksResponse.builder().stacks(software.amazon.awssdk.services.cloudformation.model.Stack
              .builder().stackName("app").stackId("id/app").stackStatus(status).build()).build();
        }
        throw CloudFormationException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
            .errorCode("ValidationError").errorMessage("Stack with id " + request.stackName() + " does not exist")
            .build()).message("Stack with id " + request.stackName() + " does not exist").build();
      }
      throw new AssertionError("a plan must not call " + method.getName());
    };
    return (CloudFormationClient) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {CloudFormationClient.class}, handler);
  }

  /** S3 that no plan may touch. */
  private S3Client s3() {
    return (S3Client) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {S3Client.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          calls.add("s3." + method.getName());
          throw new AssertionError("a plan must not call S3 " + method.getName() + " here");
        });
  }

  private static void commitAnApp(Path repo) throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(repo.resolve("src/app"));
      Files.writeString(repo.resolve("src/app/main.py"), "print('app')\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("app").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
    }
  }

  /** One topic, nothing to release. */
  private static final class TopicStack implements Stack {
    @Override
    public String name() {
      return "topic";
    }

    @Override
    public String summary() {
      return "a topic";
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(new Topic("Topic"));
      return t;
    }
  }

  /** One topic, and a source folder to bundle. */
  private static final class AppStack implements Stack {
    @Override
    public String name() {
      return "app";
    }

    @Override
    public String summary() {
      return "a topic and a source bundle";
    }

    @Override
    public Optional<SourceDirectory> source() {
      return Optional.of(new SourceDirectory("src/app", "app/", "SourceBucket", "SourceKey"));
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(io.tropo4j.core.Parameter.string("SourceBucket"));
      t.add(io.tropo4j.core.Parameter.string("SourceKey"));
      t.add(new Topic("Topic"));
      return t;
    }
  }
}
