package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.testing.Emulator;
import io.tropo4j.testing.ScratchClone;
import io.tropo4j.testing.ScratchClone.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Assets and nested stacks on MiniStack, as a user runs them: {@code make} targets in a scratch clone
 * of this repository at HEAD. The catalog's order-worker stack is created from its folders (the
 * function's code with the library it depends on, and a layer), its function invoked; an edit to one
 * file uploads exactly one object; an unchanged stack uploads nothing and changes nothing; a change
 * inside the nested network stack shows under its parent in diff and plan, then deploys through the
 * parent, whose output still comes from the child's; and {@code make package}'s folder is deployed by
 * the AWS CLI's {@code aws cloudformation deploy}, its function invoked too.
 *
 * <p>MiniStack runs a Python function in its own interpreter (its virtual environment's Python, whatever
 * the runtime says), and fetches a nested stack's template only from a path-style S3 URL, which is the
 * form tropo4j writes (as the AWS CDK does). moto cannot run this: it runs functions only in Docker, and
 * fails a parent that reads a nested stack's output (see src/emulators/README.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssetsLifecycleIT {
  private static final Pattern UPLOADED = Pattern.compile("(?m)^Asset (.+?): s3://([^/]+)/(assets/\\S+) \\(uploaded\\)$");
  private static final Pattern ALREADY_THERE = Pattern.compile("(?m)^Asset (.+?): s3://\\S+ \\(already there\\)$");
  private static final String NETWORK = "nested stack Network";
  private static final String ORDER = "{\"Records\": [{\"messageId\": \"1\", \"body\": "
      + "\"{\\\"id\\\": \\\"A-1\\\", \\\"items\\\": [{\\\"price\\\": 2.5, \\\"quantity\\\": 2}]}\"}]}";

  private Emulator miniStack;
  private ScratchClone clone;
  private String bucket;

  @BeforeAll
  void start() {
    miniStack = Emulator.miniStack();
    clone = new ScratchClone("assets", miniStack);
  }

  @AfterAll
  void stop() {
    if (miniStack != null) {
      miniStack.close();
    }
  }

  @Test
  @Order(1)
  void theFunctionIsCreatedFromItsFoldersAndRuns() {
    Run created = clone.make(null, "create_stack", "STACK=order-worker");
    assertSucceeded(created);
    assertEquals(List.of(NETWORK, "functions/order-worker-layer", "functions/order-worker"), names(UPLOADED, created));
    bucket = bucketOf(created);
    assertEquals(3, assetKeys().size(), "one object per asset: " + assetKeys());
    assertLine(created, "Stack order-worker is CREATE_COMPLETE.");

    assertEquals("{\"batchItemFailures\": [], \"receipts\": [\"order A-1: 5.00\"]}", invoke("order-worker"),
        "the handler's library (in its folder) and the receipt format (in the layer) are both there");
    // The parent's security group is in the child's VPC, and the parent's output is the child's.
    String child = miniStack.python("-c", "import boto3; print(boto3.client('cloudformation').describe_stack_resource("
        + "StackName='order-worker', LogicalResourceId='Network')['StackResourceDetail']['PhysicalResourceId'])");
    String childVpc = output(child, "VpcId");
    assertTrue(childVpc.startsWith("vpc-"), childVpc);
    assertEquals(childVpc, output("order-worker", "VpcId"));
    assertEquals(childVpc, miniStack.python("-c", "import boto3; c = boto3.client('cloudformation'); "
        + "g = c.describe_stack_resource(StackName='order-worker', LogicalResourceId='WorkerSecurityGroup')"
        + "['StackResourceDetail']['PhysicalResourceId']; "
        + "print(boto3.client('ec2').describe_security_groups(GroupIds=[g])['SecurityGroups'][0]['VpcId'])"));
  }

  @Test
  @Order(2)
  void anEditToOneFileUploadsExactlyOneObject() throws IOException {
    List<String> before = assetKeys();
    Path handler = clone.folder().resolve("functions/order-worker/handler.py");
    String code = Files.readString(handler);
    String edited = code.replace("return {\"batchItemFailures\": failures, \"receipts\": lines}",
        "return {\"batchItemFailures\": failures, \"receipts\": lines, \"worker\": \"v2\"}");
    assertTrue(!edited.equals(code), "handler.py no longer returns what this test edits");
    Files.writeString(handler, edited);
    clone.git("commit", "-qam", "order worker: say which worker answered");

    Run updated = clone.make(null, "update_stack", "STACK=order-worker");
    assertSucceeded(updated);
    assertEquals(List.of("functions/order-worker"), names(UPLOADED, updated));
    assertEquals(List.of(NETWORK, "functions/order-worker-layer"), names(ALREADY_THERE, updated));
    assertLine(updated, "Stack order-worker is UPDATE_COMPLETE.");
    List<String> after = assetKeys();
    assertEquals(before.size() + 1, after.size(), "exactly one new object: " + after);
    assertTrue(after.containsAll(before));
    assertEquals("{\"batchItemFailures\": [], \"receipts\": [\"order A-1: 5.00\"], \"worker\": \"v2\"}",
        invoke("order-worker"));
  }

  @Test
  @Order(3)
  void anUnchangedStackUploadsNothingAndChangesNothing() {
    List<String> before = assetKeys();
    Run again = clone.make(null, "update_stack", "STACK=order-worker");
    assertSucceeded(again);
    assertEquals(List.of(), names(UPLOADED, again));
    assertEquals(3, names(ALREADY_THERE, again).size(), again.out());
    assertLine(again, "No changes: stack order-worker is up to date.");
    assertEquals(before, assetKeys());
  }

  @Test
  @Order(4)
  void aChangeInsideTheNestedStackShowsUnderItsParentAndDeploysThroughIt() throws IOException {
    Path network = clone.folder().resolve("src/stacks/java/io/tropo4j/stacks/WorkerNetwork.java");
    String source = Files.readString(network);
    String edited = source.replace(".enableDnsHostnames(true)", ".enableDnsHostnames(false)");
    assertTrue(!edited.equals(source), "WorkerNetwork no longer sets enableDnsHostnames(true)");
    Files.writeString(network, edited);
    List<String> before = assetKeys();

    Run diff = clone.make(null, "diff_stack", "STACK=order-worker");
    assertSucceeded(diff);
    assertLine(diff, "  ~ Network (AWS::CloudFormation::Stack)");
    assertLine(diff, "Nested stack order-worker/Network: 1 difference from the local template and parameters.");
    assertLine(diff, "  ~ Vpc (AWS::EC2::VPC)");
    assertLine(diff, "      Properties.EnableDnsHostnames: true -> false");
    Run plan = clone.make(null, "plan_stack", "STACK=order-worker");
    assertSucceeded(plan);
    assertTrue(plan.out().contains("(not uploaded: a plan uploads nothing)"), plan.out());
    assertLine(plan, "Nested stack order-worker/Network: 1 difference from the local template and parameters.");
    assertLine(plan, "      Properties.EnableDnsHostnames: true -> false");
    assertLine(plan, "Plan only: nothing was executed.");
    assertEquals(before, assetKeys(), "diff and plan upload nothing");

    clone.git("commit", "-qam", "order worker: no DNS host names in its network");
    Run updated = clone.make(null, "update_stack", "STACK=order-worker");
    assertSucceeded(updated);
    assertEquals(List.of(NETWORK), names(UPLOADED, updated));
    assertEquals(before.size() + 1, assetKeys().size());
    assertLine(updated, "Stack order-worker is UPDATE_COMPLETE.");
    String child = miniStack.python("-c", "import boto3; print(boto3.client('cloudformation').describe_stack_resource("
        + "StackName='order-worker', LogicalResourceId='Network')['StackResourceDetail']['PhysicalResourceId'])");
    assertEquals("False", miniStack.python("-c", "import boto3, json; b = boto3.client('cloudformation').get_template("
        + "StackName='" + child + "')['TemplateBody']; b = b if isinstance(b, dict) else json.loads(b); "
        + "print(b['Resources']['Vpc']['Properties']['EnableDnsHostnames'])"));
    assertEquals(output(child, "VpcId"), output("order-worker", "VpcId"));
    Run same = clone.make(null, "diff_stack", "STACK=order-worker");
    assertSucceeded(same);
    assertLine(same, "No changes: stack order-worker runs what the local template and parameters say.");
  }

  @Test
  @Order(5)
  void aPackagedFolderDeploysWithTheAwsCli() throws Exception {
    miniStack.python("-c", "import boto3; boto3.client('s3').create_bucket(Bucket='packaged-artifacts')");
    Path out = clone.log().resolve("package");
    Run packaged = clone.make(null, "package", "STACK=order-worker", "OUT=" + out, "BUCKET=packaged-artifacts");
    assertSucceeded(packaged);
    assertEquals(3, names(UPLOADED, packaged).size(), packaged.out());
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals("packaged-artifacts", manifest.get("bucket").asText());
    List<String> paths = new ArrayList<>();
    for (JsonNode file : manifest.get("files")) {
      byte[] bytes = Files.readAllBytes(out.resolve(file.get("path").asText()));
      assertEquals(file.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(bytes)), file.get("path").asText());
      paths.add(file.get("path").asText());
    }
    assertEquals(List.of("order-worker.json", "order-worker.yaml"), paths.subList(0, 2));
    byte[] template = Files.readAllBytes(out.resolve("order-worker.json"));
    Run again = clone.make(null, "package", "STACK=order-worker", "OUT=" + out, "BUCKET=packaged-artifacts");
    assertSucceeded(again);
    assertEquals(List.of(), names(UPLOADED, again), "a second package uploads nothing");
    assertArrayEquals(template, Files.readAllBytes(out.resolve("order-worker.json")), "the same sources, the same bytes");

    miniStack.python("-m", "awscli", "cloudformation", "deploy", "--template-file",
        out.resolve("order-worker.json").toString(), "--stack-name", "packaged-worker", "--capabilities",
        "CAPABILITY_IAM");
    assertEquals("CREATE_COMPLETE", miniStack.python("-c", "import boto3; print(boto3.client('cloudformation')"
        + ".describe_stacks(StackName='packaged-worker')['Stacks'][0]['StackStatus'])"));
    assertEquals("{\"batchItemFailures\": [], \"receipts\": [\"order A-1: 5.00\"], \"worker\": \"v2\"}",
        invoke("packaged-worker"));
    assertTrue(output("packaged-worker", "VpcId").startsWith("vpc-"));
  }

  @Test
  @Order(6)
  void theStackIsDeletedWithItsNestedStack() {
    Run deleted = clone.make(null, "delete_stack", "STACK=order-worker", "FORCE=1");
    assertSucceeded(deleted);
    assertEquals("[]", miniStack.python("-c", "import boto3; print([s['StackName'] for s in boto3.client("
        + "'cloudformation').list_stacks(StackStatusFilter=['CREATE_COMPLETE', 'UPDATE_COMPLETE'])['StackSummaries'] "
        + "if s['StackName'].startswith('order-worker')])"));
  }

  // -----------------------------------------------------------------------------------------------

  /** The function a stack made, invoked with one order; what it returned. */
  private String invoke(String stack) {
    String function = output(stack, "FunctionName");
    return miniStack.python("-c", "import boto3, sys; r = boto3.client('lambda').invoke(FunctionName='" + function
        + "', Payload=sys.argv[1].encode()); print(r.get('FunctionError') or r['Payload'].read().decode())", ORDER);
  }

  private String output(String stack, String key) {
    return miniStack.python("-c", "import boto3; print({o['OutputKey']: o['OutputValue'] for o in boto3.client("
        + "'cloudformation').describe_stacks(StackName='" + stack + "')['Stacks'][0].get('Outputs', [])}['" + key
        + "'])");
  }

  /** The artifact bucket's asset objects. */
  private List<String> assetKeys() {
    String keys = miniStack.python("-c", "import boto3; print('\\n'.join(sorted(o['Key'] for o in boto3.client('s3')"
        + ".list_objects_v2(Bucket='" + bucket + "', Prefix='assets/').get('Contents', []))))");
    return keys.isEmpty() ? List.of() : List.of(keys.split("\n"));
  }

  private static String bucketOf(Run run) {
    Matcher m = UPLOADED.matcher(run.out());
    assertTrue(m.find(), run.out());
    return m.group(2);
  }

  /** The path of each asset a line of that kind names, in the run's order. */
  private static List<String> names(Pattern pattern, Run run) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(run.out());
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static void assertSucceeded(Run run) {
    assertEquals(0, run.status(), run.toString());
  }

  private static void assertLine(Run run, String line) {
    assertTrue(run.out().lines().anyMatch(line::equals), "no line \"" + line + "\" in:\n" + run);
  }
}
