package io.tropo4j.core;

import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.resources.glue.Job;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.stepfunctions.StateMachine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders of the project as S3 objects a template names by bucket and content hash. */
class AssetTest {
  @TempDir Path project;

  @Test
  void aFolderIsZippedSortedWithFixedTimesAndItsKeyIsItsHash() throws Exception {
    write("functions/orders/handler.py", "import vendored.greet\n");
    write("functions/orders/vendored/greet.py", "def hello(): return 'hi'\n");
    write("functions/orders/README.txt", "read me\n");
    write("functions/orders/__pycache__/handler.cpython-312.pyc", "compiled here");
    write("functions/orders/.DS_Store", "the desktop's");
    write("functions/orders/vendored/.libs/native.so", "a wheel's library");
    Asset first = within(() -> Asset.folder("functions/orders"));
    assertNull(first.problem());
    assertEquals(List.of("README.txt", "handler.py", "vendored/.libs/native.so", "vendored/greet.py"),
        entries(first.content()));
    assertTrue(first.objectKey().matches("assets/[0-9a-f]{64}\\.zip"), first.objectKey());
    Files.setLastModifiedTime(project.resolve("functions/orders/handler.py"),
        java.nio.file.attribute.FileTime.fromMillis(0));
    assertArrayEquals(first.content(), within(() -> Asset.folder("functions/orders")).content(),
        "the same files give the same bytes, whatever their times");
    write("functions/copy/handler.py", "import vendored.greet\n");
    write("functions/copy/vendored/greet.py", "def hello(): return 'hi'\n");
    write("functions/copy/vendored/.libs/native.so", "a wheel's library");
    write("functions/copy/README.txt", "read me\n");
    assertEquals(first.objectKey(), within(() -> Asset.folder("functions/copy")).objectKey(),
        "the key is the files', wherever the folder is");
    Files.move(project.resolve("functions/copy/README.txt"), project.resolve("functions/copy/READ.txt"));
    assertNotEquals(first.objectKey(), within(() -> Asset.folder("functions/copy")).objectKey(), "a file renamed");
    write("functions/orders/handler.py", "import vendored.greet  # changed\n");
    assertNotEquals(first.objectKey(), within(() -> Asset.folder("functions/orders")).objectKey());
  }

  @Test
  void linkedFoldersAreFollowed() throws Exception {
    write("shared/lib/util.py", "x = 1\n");
    write("functions/linked/handler.py", "import lib.util\n");
    Files.createSymbolicLink(project.resolve("functions/linked/lib"), project.resolve("shared/lib"));
    Asset asset = within(() -> Asset.folder("functions/linked"));
    assertEquals(List.of("handler.py", "lib/util.py"), entries(asset.content()));
    Files.createSymbolicLink(project.resolve("functions/alias"), project.resolve("functions/linked"));
    assertEquals(asset.objectKey(), within(() -> Asset.folder("functions/alias")).objectKey());
  }

  @Test
  void aTemplateNamesItsAssetsByTheBucketParameterAndDeclaresIt() throws Exception {
    write("functions/orders/handler.py", "def main(event, context): return 1\n");
    write("functions/etl/job.py", "print('etl')\n");
    Template t = within(() -> {
      Template template = new Template();
      Asset code = Asset.folder("functions/orders");
      template.add(new Function("Handler").code(code).handler("handler.main").runtime("python3.12")
          .role("arn:aws:iam::123456789012:role/handler"));
      template.add(new Job("Etl").role("arn:aws:iam::123456789012:role/etl")
          .command(new Job.JobCommand().name("glueetl").scriptLocation(Asset.file("functions/etl/job.py").s3Uri())));
      return template;
    });
    assertEquals(List.of(), Templates.validate(t));
    JsonNode json = parse(Templates.toJson(t));
    assertEquals("String", json.at("/Parameters/AssetBucket/Type").asText());
    JsonNode code = json.at("/Resources/Handler/Properties/Code");
    assertEquals(parse("{\"Ref\": \"AssetBucket\"}"), code.get("S3Bucket"));
    String key = code.get("S3Key").asText();
    assertEquals(List.of(key, "assets/" + sha256("print('etl')\n".getBytes(StandardCharsets.UTF_8)) + ".py"),
        t.assets().stream().map(Asset::objectKey).toList());
    assertEquals("s3://${AssetBucket}/" + t.assets().get(1).objectKey(),
        json.at("/Resources/Etl/Properties/Command/ScriptLocation/Fn::Sub").asText());
    assertEquals(List.of("Resources.Handler.Properties.Code.S3Bucket", "Resources.Handler.Properties.Code.S3Key",
        "Resources.Etl.Properties.Command.ScriptLocation"), t.assetUses().stream().map(Asset.Use::path).toList());
  }

  @Test
  void aPackagedTemplateNamesItsBucketAsTheParametersDefault() throws Exception {
    write("functions/orders/handler.py", "def main(event, context): return 1\n");
    Template t = within(() -> withFunction(Asset.folder("functions/orders")));
    t.assetBucket("packaged-artifacts");
    assertEquals("packaged-artifacts", parse(Templates.toJson(t)).at("/Parameters/AssetBucket/Default").asText());
  }

  @Test
  void everyMissingOrEmptyAssetIsAProblemAtItsPlace() throws Exception {
    Files.createDirectories(project.resolve("functions/empty"));
    Template t = within(() -> {
      Template template = withFunction(Asset.folder("functions/nothing"));
      template.add(new Function("Other").code(Asset.folder("functions/empty")).handler("h.main")
          .runtime("python3.12").role("arn:aws:iam::123456789012:role/handler"));
      return template;
    });
    List<String> problems = new ArrayList<>();
    for (Problem problem : Templates.validate(t)) {
      problems.add(problem.toString());
    }
    assertEquals(List.of(
        "Resources.Handler.Properties.Code: folder asset functions/nothing: no such folder in the project",
        "Resources.Other.Properties.Code: folder asset functions/empty: the folder has no files; an empty "
            + "zip deploys nothing"), problems);
  }

  @Test
  void anAssetOverWhatItsServiceTakesIsAProblemAtItsProperty() {
    Template t = new Template();
    t.add(new StateMachine("Flow").roleArn("arn:aws:iam::123456789012:role/flow")
        .definitionS3Location(Asset.content("definition", new byte[1_048_577], ".json")));
    assertEquals(List.of(new Problem("Resources.Flow.Properties.DefinitionS3Location",
        "definition is 1048577 bytes; a state machine's definition takes at most 1048576")), Templates.validate(t));
  }

  @Test
  void lambdaTakesAZipAndTheBucketParameterIsTheDeployers() throws Exception {
    write("functions/etl/job.py", "print('etl')\n");
    Template t = within(() -> withFunction(Asset.file("functions/etl/job.py")));
    t.add(Parameter.string(Asset.BUCKET_PARAMETER));
    assertEquals(List.of("Parameters.AssetBucket: the template uses assets, whose bucket the deployer passes in this "
            + "parameter; give the template's own parameter another name",
        "Resources.Handler.Properties.Code: functions/etl/job.py is not a zip; Lambda takes code and layers as a zip "
            + "(or a jar): make the asset of its folder, Asset.folder(...)",
        "Resources.Handler.Properties.Code.S3Bucket.Ref: Ref to 'AssetBucket' names an object that was not added to "
            + "this template"),
        Templates.validate(t).stream().map(Problem::toString).toList());
  }

  @Test
  void aPathOutsideTheProjectOrOfTheWrongKindIsAProblemNotAnException() throws Exception {
    Asset asset = within(() -> Asset.file("../secrets.txt"));
    assertEquals("give a path inside the project, with '/' between folders, such as functions/orders",
        asset.problem());
    write("functions/orders/handler.py", "def main(event, context): return 1\n");
    assertEquals("is a folder; Asset.folder zips a folder", within(() -> Asset.file("functions/orders")).problem());
    assertEquals("is a file; Asset.file uploads a file",
        within(() -> Asset.folder("functions/orders/handler.py")).problem());
    assertEquals("no such file in the project", within(() -> Asset.file("functions/none.py")).problem());
  }

  private static Template withFunction(Asset code) {
    Template template = new Template();
    template.add(new Function("Handler").code(code).handler("handler.main").runtime("python3.12")
        .role("arn:aws:iam::123456789012:role/handler"));
    return template;
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Runs with the project folder as the context loader's, as the tool runs a stack's build. */
  private <T> T within(Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {project.toUri().toURL()}, null)) {
      thread.setContextClassLoader(loader);
      return work.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
