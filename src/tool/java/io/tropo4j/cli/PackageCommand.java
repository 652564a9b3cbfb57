package io.tropo4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Asset;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.StoppedException;
import io.tropo4j.emit.YamlWriter;
import io.tropo4j.read.JsonOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code package STACK --out DIR}: a folder that deploys without tropo4j, as {@code aws cloudformation
 * package} makes one: the stack's template (JSON and YAML), each asset under the key the template names
 * it by ({@code assets/<sha256>.zip}, nested templates included), and {@code manifest.json} with every
 * file's hash. With {@code --bucket NAME}, or {@code --upload} for the artifact bucket, the assets the
 * bucket does not hold yet are uploaded first, and the template names that bucket as its
 * {@value Asset#BUCKET_PARAMETER} parameter's default, so {@code aws cloudformation deploy
 * --template-file DIR/STACK.json} needs nothing more. The folder is the same bytes for the same sources.
 */
final class PackageCommand extends Subcommand {
  static final String MANIFEST = "manifest.json";
  /** What marks a manifest as this command's: another tool's manifest.json is not one to act on. */
  static final String WRITTEN_BY = "tropo4j package";

  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("package", "Writes a stack's template and its assets to a folder that "
        + "deploys without tropo4j; with --bucket or --upload, uploads the assets too.")
        .value("DIR", null, "The folder to write: new, empty, or one an earlier package wrote.", "--out")
        .value("NAME", null, "Upload the assets the bucket lacks to this bucket, and name it in the template.",
            "--bucket")
        .flag("Upload the assets to the artifact bucket (made first if need be), and name it in the template.",
            "--upload"))
        .positionals("STACK", 1, 1, "The stack to package.");
  }

  @Override
  int call() throws IOException {
    List<Stack> chosen = select(args.positionals());
    if (chosen == null) {
      return Main.USAGE;
    }
    Stack stack = chosen.get(0);
    Path out = args.path("--out");
    if (out == null) {
      main.err().println("tropo4j: name the folder to write: package " + stack.name() + " --out DIR");
      return Main.USAGE;
    }
    String bucket = args.value("--bucket");
    boolean upload = bucket != null || args.flag("--upload");
    if (bucket != null && args.flag("--upload")) {
      main.err().println("tropo4j: --bucket names the bucket and --upload means the artifact bucket: give one");
      return Main.USAGE;
    }
    Template template;
    try {
      template = Catalog.build(stack);
      Templates.toJson(template);
    } catch (InvalidTemplateException e) {
      report(stack, e.problems());
      return Main.FAILED;
    }
    String refused = refusal(out);
    if (refused != null) {
      main.err().println("tropo4j: " + refused);
      return Main.FAILED;
    }
    List<Asset> assets = template.assets();
    if (upload && !assets.isEmpty()) {
      try {
        bucket = upload(stack, assets, bucket);
      } catch (StoppedException e) {
        main.err().println("tropo4j: stopped while uploading; the assets sent so far are in the bucket, under "
            + "their content's hash, and the next package or deploy sends only the rest");
        return e.why() == StoppedException.Why.INTERRUPTED ? Main.INTERRUPTED : Main.FAILED;
      } catch (DeployException e) {
        main.err().println("tropo4j: " + e.getMessage());
        return Main.FAILED;
      }
    }
    if (bucket != null) {
      template.assetBucket(bucket);
    }
    write(out, stack, template, assets, bucket);
    main.out().println("Packaged " + stack.name() + " in " + out + ": " + stack.name() + ".json, "
        + stack.name() + ".yaml, " + assets.size() + (assets.size() == 1 ? " asset" : " assets") + ", " + MANIFEST
        + (bucket == null ? "; give " + Asset.BUCKET_PARAMETER + " the bucket the assets are uploaded to"
            : "; assets in s3://" + bucket));
    return 0;
  }

  private String upload(Stack stack, List<Asset> assets, String bucket) {
    Environment environment = main.environment();
    DeployPrinter printer = new DeployPrinter(main.out(), Hints.from(environment.variable(Environment.HINTS)));
    DeployRequest request = DeployRequest.builder(stack).workTree(environment.workTree())
        .timeout(Duration.ofMinutes(60)).build();
    Interrupts interrupts = new Interrupts(printer);
    try (AwsClients aws = environment.aws().get()) {
      return new Deployer(aws, printer, environment.pollInterval()).uploadAssets(request, assets, bucket);
    } finally {
      interrupts.close();
    }
  }

  /** Why the folder cannot be written, or null: it holds files an earlier package did not write. */
  private static String refusal(Path out) throws IOException {
    if (!Files.exists(out)) {
      return null;
    }
    if (!Files.isDirectory(out)) {
      return out + " is a file; give a folder to write the package to";
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent() && !ours(out.resolve(MANIFEST))) {
        return out + " holds files no package wrote (it has no " + MANIFEST + " of tropo4j package's); give a new "
            + "or empty folder";
      }
    }
    return null;
  }

  /**
   * The files an earlier package wrote go first, so the folder holds this one's: each its manifest lists,
   * as long as it is still what was written (its hash). Any other file is left where it is.
   */
  private static void write(Path out, Stack stack, Template template, List<Asset> assets, String bucket)
      throws IOException {
    Path earlier = out.resolve(MANIFEST);
    if (ours(earlier)) {
      Path root = out.toAbsolutePath().normalize();
      for (Map.Entry<String, String> file : listedFiles(earlier).entrySet()) {
        Path listed = root.resolve(file.getKey()).normalize();
        if (listed.startsWith(root) && !listed.equals(root) && Files.isRegularFile(listed)
            && sha256(Files.readAllBytes(listed)).equals(file.getValue())) {
          Files.delete(listed);
        }
      }
      Files.delete(earlier);
    }
    Files.createDirectories(out);
    List<String[]> files = new ArrayList<>();
    String json = Templates.toJson(template);
    files.add(written(out, stack.name() + ".json", json.getBytes(StandardCharsets.UTF_8), "template"));
    files.add(written(out, stack.name() + ".yaml", YamlWriter.write(template).getBytes(StandardCharsets.UTF_8),
        "template"));
    for (Asset asset : assets) {
      files.add(written(out, asset.objectKey(), asset.content(), asset.path()));
    }
    Files.writeString(out.resolve(MANIFEST), manifest(stack, bucket, files));
  }

  /** Whether the file is a manifest this command wrote: its "writtenBy" says so. */
  private static boolean ours(Path manifest) throws IOException {
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    try (JsonParser in = new JsonFactory().createParser(manifest.toFile())) {
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.FIELD_NAME && in.getParsingContext().getParent().inRoot()
            && "writtenBy".equals(in.currentName())) {
          return in.nextToken() == JsonToken.VALUE_STRING && WRITTEN_BY.equals(in.getText());
        }
      }
    } catch (JsonProcessingException e) {
      return false;
    }
    return false;
  }

  /**
   * The "path" and "sha256" of each entry of the manifest's "files" ({@code {"files": [{"path": ...}]}}:
   * an entry's fields are at the third level).
   */
  private static Map<String, String> listedFiles(Path manifest) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (JsonParser in = new JsonFactory().createParser(manifest.toFile())) {
      int depth = 0;
      String path = null;
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
          path = null;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 3 && in.nextToken() == JsonToken.VALUE_STRING) {
          if ("path".equals(in.currentName())) {
            path = in.getText();
          } else if ("sha256".equals(in.currentName()) && path != null) {
            files.put(path, in.getText());
          }
        }
      }
    } catch (JsonProcessingException e) {
      return files;
    }
    return files;
  }

  /** Writes one file; returns its manifest entry: path in the folder, what it is, SHA-256, size. */
  private static String[] written(Path out, String name, byte[] bytes, String what) throws IOException {
    Path file = out.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return new String[] {name, what, sha256(bytes), String.valueOf(bytes.length)};
  }

  private static String manifest(Stack stack, String bucket, List<String[]> files) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonOutput.generator(text, 2)) {
      out.writeStartObject();
      out.writeStringField("writtenBy", WRITTEN_BY);
      out.writeStringField("stack", stack.name());
      out.writeStringField("template", stack.name() + ".json");
      out.writeStringField("bucketParameter", Asset.BUCKET_PARAMETER);
      if (bucket != null) {
        out.writeStringField("bucket", bucket);
      }
      out.writeArrayFieldStart("files");
      for (String[] file : files) {
        out.writeStartObject();
        out.writeStringField("path", file[0]);
        out.writeStringField("source", file[1]);
        out.writeStringField("sha256", file[2]);
        out.writeNumberField("bytes", Long.parseLong(file[3]));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
