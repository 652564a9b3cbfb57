package io.tropo4j.core;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A file or folder of the project that a resource takes from S3: a Lambda function's code or layer,
 * a Glue job's script, a state machine's definition, an API's OpenAPI body, a nested stack's template.
 * The deployer uploads it into the artifact bucket before the change set, and the template names it
 * by bucket and key: {@code function.code(asset)}, {@code scriptLocation(asset.s3Uri())}.
 *
 * <p>The key is the content's SHA-256 (a folder's: of its files' paths and contents), so one content
 * is one object: an unchanged asset is never uploaded twice and changes nothing in the template, on
 * any machine. A folder is zipped with its entries sorted and one fixed time, symbolic links followed,
 * and git's, the desktop's and Python's cache files left out. File modes are not kept: a custom
 * runtime's {@code bootstrap} cannot be marked executable this way. The bucket is the
 * template's {@value #BUCKET_PARAMETER} parameter, which a template that uses an asset declares
 * by itself and the deployer fills in.
 *
 * <p>Paths resolve as boot scripts do: from the class path, the stack's own folder or jar first, then
 * the project's (a {@code functions/} folder beside the stack sources). A path that is not there, an
 * empty folder or one too large is a problem of the template, reported with the others when it is
 * validated.
 */
public final class Asset {
  /** The parameter that names the bucket assets are in. */
  public static final String BUCKET_PARAMETER = "AssetBucket";
  /** The largest asset held: what one array can hold, far above any limit of the services that take one. */
  static final long MOST_BYTES = Integer.MAX_VALUE - 8;

  /** One parameter object for every template, so that each Ref names the very one the template declares. */
  static final Parameter<String> BUCKET = Parameter.string(BUCKET_PARAMETER).description(
      "The S3 bucket that holds this stack's assets (code, scripts, nested templates); tropo4j deploy fills it in");

  /**
   * Where a template uses an asset.
   *
   * @param path the place of the value, e.g. {@code Resources.Handler.Properties.Code.S3Key}
   */
  public record Use(Asset asset, String path) {}

  /** What an asset is made from, which decides the object's form. */
  public enum Kind {
    /** A file, uploaded as it is. */
    FILE,
    /** A folder, uploaded as a zip. */
    FOLDER,
    /** Bytes made by the program, such as a nested stack's template. */
    CONTENT
  }

  /** Whether any asset was made in this JVM: until one is, no template can use one, and none is searched. */
  private static volatile boolean anyMade;

  private final String path;
  private final Kind kind;
  private final byte[] content;
  private final long unpackedBytes;
  private final String problem;
  private final String key;

  /** @param hash what the key is made of: the content's SHA-256, or for a folder, its files' */
  private Asset(String path, Kind kind, byte[] content, long unpackedBytes, String problem, String hash,
      String extension) {
    this.path = path;
    this.kind = kind;
    this.content = content;
    this.unpackedBytes = unpackedBytes;
    this.problem = problem;
    anyMade = true;
    this.key = content == null ? "assets/missing-" + path.replaceAll("[^A-Za-z0-9._-]", "_")
        : "assets/" + hash + extension;
  }

  /** A file, e.g. {@code functions/etl/job.py}, uploaded as it is under a key that keeps its extension. */
  public static Asset file(String path) {
    return read(path, Kind.FILE);
  }

  /**
   * A folder, e.g. {@code functions/orders}, zipped with its files at the zip's top level (a Lambda
   * function's handler beside its dependencies; a layer's {@code python/} folder).
   */
  public static Asset folder(String path) {
    return read(path, Kind.FOLDER);
  }

  /** The file or folder found on the class path, read; or the asset's problem. */
  private static Asset read(String path, Kind kind) {
    Path found;
    try {
      found = resolve(path);
    } catch (IllegalArgumentException e) {
      return failed(path, kind, e.getMessage());
    }
    boolean file = kind == Kind.FILE;
    if (found == null || (file ? !Files.isRegularFile(found) : !Files.isDirectory(found))) {
      return failed(path, kind, found == null || !Files.exists(found) ? "no such " + (file ? "file" : "folder")
          + " in the project" : file ? "is a folder; Asset.folder zips a folder" : "is a file; Asset.file uploads a file");
    }
    try {
      return file ? readFile(path, found) : zipFolder(path, found);
    } catch (IOException | UncheckedIOException e) {
      return failed(path, kind, "cannot be read: " + e.getMessage());
    }
  }

  private static Asset readFile(String path, Path found) throws IOException {
    long size = Files.size(found);
    if (size > MOST_BYTES) {
      return failed(path, Kind.FILE, "is " + size + " bytes, over the " + MOST_BYTES + " an asset can hold");
    }
    byte[] bytes = Files.readAllBytes(found);
    return new Asset(path, Kind.FILE, bytes, bytes.length, null, sha256(bytes), extension(path));
  }

  private static Asset zipFolder(String path, Path found) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    long unpacked = 0;
    try (Stream<Path> walk = Files.walk(found, FileVisitOption.FOLLOW_LINKS)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        if (leftOut(found.relativize(file))) {
          continue;
        }
        unpacked += Files.size(file);
        if (unpacked > MOST_BYTES) {
          return failed(path, Kind.FOLDER, "holds over " + MOST_BYTES + " bytes, more than an asset can hold");
        }
        files.put(relative(found, file), Files.readAllBytes(file));
      }
    }
    if (files.isEmpty()) {
      return failed(path, Kind.FOLDER, "the folder has no files; an empty zip deploys nothing");
    }
    return new Asset(path, Kind.FOLDER, ZipArchive.of(files), unpacked, null, filesHash(files), ".zip");
  }

  /**
   * Bytes the program made, e.g. a nested stack's template.
   *
   * @param name what the asset is, for messages ({@code nested stack Network})
   * @param extension the key's ending, with its dot ({@code .json})
   */
  public static Asset content(String name, byte[] content, String extension) {
    return new Asset(name, Kind.CONTENT, content.clone(), content.length, null, sha256(content), extension);
  }

  static boolean anyMade() {
    return anyMade;
  }

  /** Whether this is the bucket parameter a template declares for its assets, not one of the template's own. */
  public static boolean isBucketParameter(Parameter<?> parameter) {
    return parameter == BUCKET;
  }

  /** The path it was made from, or the name given to made content. */
  public String path() {
    return path;
  }

  public Kind kind() {
    return kind;
  }

  /** The object's key in the bucket: {@code assets/<sha256>} and the extension. */
  public String objectKey() {
    return key;
  }

  /** What is uploaded: the file, the folder's zip, the content. Empty when the asset has a problem. */
  public byte[] content() {
    return content == null ? new byte[0] : content.clone();
  }

  /** The object's size in bytes. */
  public long size() {
    return content == null ? 0 : content.length;
  }

  /** The size of what the object holds: a folder's files unzipped, else its size. */
  public long unpackedSize() {
    return unpackedBytes;
  }

  /** What is wrong with it, or null: the path is not there, the folder is empty, it cannot be read. */
  public String problem() {
    return problem;
  }

  /** The bucket it is in: the template's {@value #BUCKET_PARAMETER} parameter. */
  public Value<String> bucket() {
    return new AssetValue(this, BUCKET.ref());
  }

  /** Its key in the bucket. */
  public Value<String> key() {
    return new AssetValue(this, Value.of(key));
  }

  /** {@code s3://bucket/key}, as Glue's script location and EMR steps take it. */
  public Value<String> s3Uri() {
    return new AssetValue(this, Fn.sub("s3://${" + BUCKET_PARAMETER + "}/" + key));
  }

  /**
   * {@code https://s3.region.amazonaws.com/bucket/key}, as a nested stack's TemplateURL takes it: the
   * path-style URL, which holds for any bucket name (a dotted one too) and which the AWS CDK writes.
   */
  public Value<String> httpsUrl() {
    return new AssetValue(this, Fn.sub("https://s3.${AWS::Region}.${AWS::URLSuffix}/${" + BUCKET_PARAMETER + "}/"
        + key));
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " asset " + path + " (" + key + ")";
  }

  private static Asset failed(String path, Kind kind, String problem) {
    return new Asset(path, kind, null, 0, problem, null, "");
  }

  /**
   * The path on the class path as a file system path: a folder's file, or an entry of a jar; null when
   * it is not there. The context loader first, as {@link ProjectFiles} reads boot scripts.
   */
  private static Path resolve(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("give a path inside the project, with '/' between folders, "
          + "such as functions/orders");
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    URL url = context == null ? null : context.getResource(path);
    if (url == null) {
      url = Asset.class.getClassLoader().getResource(path);
    }
    if (url == null) {
      return null;
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return jarFileSystem(uri).provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalArgumentException("cannot be read from " + url + ": " + e.getMessage());
    }
  }

  /** The jar's file system, opened once for every stack that reads from it, whichever thread builds first. */
  private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      try {
        return FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException opened) {
        return FileSystems.getFileSystem(uri); // opened by a caller outside tropo4j meanwhile
      }
    }
  }

  /**
   * What a folder's zip leaves out, as it is the machine's and not the code's: git's and the desktop's
   * files, and Python's compiled caches, which running the code's tests writes beside it. Other hidden
   * files stay: a package may need them ({@code .libs/} of a wheel).
   */
  private static boolean leftOut(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals(".git") || name.equals(".DS_Store") || name.equals("__pycache__") || name.endsWith(".pyc")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A folder's hash: of its files' paths and contents, in order, not of their zip, whose bytes a
   * different zlib may compress otherwise: the same files are the same key on any machine.
   */
  private static String filesHash(SortedMap<String, byte[]> files) {
    MessageDigest digest = sha256();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      byte[] name = file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      digest.update(ByteBuffer.allocate(16).putLong(name.length).putLong(file.getValue().length).array());
      digest.update(name);
      digest.update(file.getValue());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A path inside the zip: '/' between folders whatever the file system says. */
  private static String relative(Path folder, Path file) {
    StringBuilder name = new StringBuilder();
    for (Path part : folder.relativize(file)) {
      if (name.length() > 0) {
        name.append('/');
      }
      name.append(part.toString().replace("/", ""));
    }
    return name.toString();
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
