package io.tropo4j.cli;

import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Asset;
import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.nested.NestedStack;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.sns.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package} without a bucket: the folder alone, which needs no AWS. What it uploads, and the
 * folder deployed by the AWS CLI, AssetsLifecycleIT shows on MiniStack.
 */
class PackageCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  /** The function's code, which a test changes between two packages. */
  private String code = "def main(event, context): return 1\n";

  private final Stack worker = new Stack() {
    public String name() {
      return "worker";
    }

    public String summary() {
      return "a function and a nested stack";
    }

    public Template build() {
      Template child = new Template();
      Topic topic = child.add(new Topic("Topic"));
      Output arn = child.add(new Output("TopicArn", topic.ref()));
      Template t = new Template();
      NestedStack alerts = t.add(new NestedStack("Alerts", child));
      t.add(new Function("Handler").code(Asset.content("handler code", code.getBytes(StandardCharsets.UTF_8), ".zip"))
          .handler("handler.main").runtime("python3.12").role("arn:aws:iam::123456789012:role/handler"));
      t.add(new Output("AlertsTopic", alerts.output(arn)));
      return t;
    }
  };

  private int run(String... args) {
    return Main.run(args, new Catalog(List.of(worker)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theFolderHoldsTheTemplateEachAssetUnderItsKeyAndTheirHashes() throws Exception {
    Path folder = dir.resolve("package");
    assertEquals(0, run("package", "worker", "--out", folder.toString()), err.toString(StandardCharsets.UTF_8));
    JsonNode template = parse(Files.readString(folder.resolve("worker.json")));
    assertTrue(template.at("/Parameters/AssetBucket/Default").isMissingNode(), "no bucket was named");
    String codeKey = template.at("/Resources/Handler/Properties/Code/S3Key").asText();
    JsonNode manifest = parse(Files.readString(folder.resolve("manifest.json")));
    List<String> files = new ArrayList<>();
    for (JsonNode file : manifest.get("files")) {
      String path = file.get("path").asText();
      files.add(path + " " + file.get("source").asText());
      assertEquals(file.get("sha256").asText(), sha256(Files.readAllBytes(folder.resolve(path))), path);
    }
    String childKey = files.get(2).split(" ")[0];
    assertEquals(List.of("worker.json template", "worker.yaml template", childKey + " nested stack Alerts",
        codeKey + " handler code"), files);
    assertEquals(parse("{\"Fn::Sub\": \"https://s3.${AWS::Region}.${AWS::URLSuffix}/${AssetBucket}/" + childKey + "\"}"),
        template.at("/Resources/Alerts/Properties/TemplateURL"));
    assertEquals("TopicArn", parse(Files.readString(folder.resolve(childKey))).at("/Outputs").fieldNames().next());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("give AssetBucket the bucket the assets are uploaded to"));
  }

  @Test
  void aSecondPackageIsTheSameBytesAndKeepsNothingStale() throws Exception {
    Path folder = dir.resolve("package");
    assertEquals(0, run("package", "worker", "--out", folder.toString()));
    byte[] first = Files.readAllBytes(folder.resolve("worker.json"));
    Files.writeString(folder.resolve("NOTES.txt"), "the pipeline's own");
    assertEquals(0, run("package", "worker", "--out", folder.toString()));
    assertArrayEquals(first, Files.readAllBytes(folder.resolve("worker.json")));
    assertEquals("the pipeline's own", Files.readString(folder.resolve("NOTES.txt")), "a file no package wrote");
    Files.writeString(folder.resolve("worker.yaml"), "# edited by hand\n");
    assertEquals(0, run("package", "worker", "--out", folder.toString()));
    assertTrue(Files.readString(folder.resolve("worker.yaml")).startsWith("AWSTemplateFormatVersion"),
        "written anew, over the edited copy");

    String oldKey = parse(new String(first, StandardCharsets.UTF_8)).at("/Resources/Handler/Properties/Code/S3Key")
        .asText();
    code = "def main(event, context): return 2\n";
    assertEquals(0, run("package", "worker", "--out", folder.toString()));
    assertFalse(Files.exists(folder.resolve(oldKey)), "the earlier package's asset is gone");
    try (var assets = Files.list(folder.resolve("assets"))) {
      assertEquals(2, assets.count());
    }
  }

  @Test
  void aFolderOfOtherFilesIsRefusedAndLeftAlone() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(folder.resolve("notes.txt"), "my notes");
    assertEquals(1, run("package", "worker", "--out", folder.toString()));
    assertEquals("tropo4j: " + folder + " holds files no package wrote (it has no manifest.json of tropo4j "
        + "package's); give a new or empty folder\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("my notes", Files.readString(folder.resolve("notes.txt")));
    // Another tool's manifest, listing the files it made, is not this command's to act on.
    String theirs = "{\"files\": [{\"path\": \"notes.txt\", \"sha256\": \"x\"}]}";
    Files.writeString(folder.resolve("manifest.json"), theirs);
    assertEquals(1, run("package", "worker", "--out", folder.toString()));
    assertEquals(theirs, Files.readString(folder.resolve("manifest.json")));
    assertEquals("my notes", Files.readString(folder.resolve("notes.txt")));
    try (var files = Files.list(folder)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void aBucketAndTheArtifactBucketAtOnceIsAUsageError() {
    assertEquals(Main.USAGE, run("package", "worker", "--out", dir.toString(), "--bucket", "b", "--upload"));
    assertEquals("tropo4j: --bucket names the bucket and --upload means the artifact bucket: give one\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void templatesWritesANestedStacksTemplateBesideItsParents() throws Exception {
    assertEquals(0, run("templates", "--out", dir.toString(), "worker"));
    assertEquals(parse(Files.readString(dir.resolve("worker.Alerts.json"))).at("/Resources/Topic/Type").asText(),
        "AWS::SNS::Topic");
    assertTrue(Files.exists(dir.resolve("worker.Alerts.yaml")));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
