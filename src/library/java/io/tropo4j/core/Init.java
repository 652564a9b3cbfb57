package io.tropo4j.core;

import io.tropo4j.fn.Json;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::CloudFormation::Init} metadata, read by cfn-init on the instance: config sets, and per
 * config its packages, sources, files, commands and services (written in the order cfn-init runs
 * them; cfn-init runs commands in the alphabetical order of their names).
 */
public final class Init implements Value<Init> {
  private final Map<String, List<String>> configSets = new LinkedHashMap<>();
  private final Map<String, Config> configs = new LinkedHashMap<>();

  private Init() {}

  /** One config named "config", which cfn-init runs by default. */
  public static Init of(Config config) {
    return new Init().config("config", config);
  }

  public static Init withConfigSets() {
    return new Init();
  }

  public Init config(String name, Config config) {
    configs.put(name, NonNull.check(config, "cfn-init config ", name));
    return this;
  }

  /** A config set runs the named configs in order; run one with {@code cfn-init -c NAME}. */
  public Init configSet(String name, String... configNames) {
    configSets.put(name, List.of(configNames));
    return this;
  }

  public Map<String, Config> configs() {
    return configs;
  }

  public Map<String, List<String>> configSets() {
    return configSets;
  }

  @Override
  public void writeTo(Sink out) {
    out.beginObject();
    if (!configSets.isEmpty()) {
      out.key("configSets");
      out.beginObject();
      configSets.forEach((name, members) -> {
        out.key(name);
        Value.of(members).writeTo(out);
      });
      out.endObject();
    }
    configs.forEach((name, config) -> {
      out.key(name);
      config.writeTo(out);
    });
    out.endObject();
  }

  /** One config: what cfn-init installs, unpacks, writes, runs and keeps running. */
  public static final class Config implements Value<Config> {
    private final Map<String, Map<String, List<String>>> packages = new LinkedHashMap<>();
    private final Map<String, Value<String>> sources = new LinkedHashMap<>();
    private final Map<String, File> files = new LinkedHashMap<>();
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, Map<String, Service>> services = new LinkedHashMap<>();

    /** A package from a manager (yum, rpm, python, rubygems, apt, msi); no versions means latest. */
    public Config pkg(String manager, String name, String... versions) {
      packages.computeIfAbsent(manager, k -> new LinkedHashMap<>()).put(name, List.of(versions));
      return this;
    }

    /** An archive (zip, tar, tgz) downloaded from {@code url} and unpacked into {@code directory}. */
    public Config source(String directory, Value<String> url) {
      sources.put(directory, url);
      return this;
    }

    public Config file(String path, File file) {
      files.put(path, file);
      return this;
    }

    public Config command(String name, Command command) {
      commands.put(name, command);
      return this;
    }

    /** A service for a manager ({@code sysvinit} or {@code systemd}). */
    public Config service(String manager, String name, Service service) {
      services.computeIfAbsent(manager, k -> new LinkedHashMap<>()).put(name, service);
      return this;
    }

    /** A SysV init service, as Amazon Linux 2 and older run them. */
    public Config sysvinit(String name, Service service) {
      return service("sysvinit", name, service);
    }

    /** A systemd unit, as Amazon Linux 2023 runs them. */
    public Config systemd(String name, Service service) {
      return service("systemd", name, service);
    }

    @Override
    public void writeTo(Sink out) {
      out.beginObject();
      if (!packages.isEmpty()) {
        out.key("packages");
        out.beginObject();
        packages.forEach((manager, byName) -> {
          out.key(manager);
          out.beginObject();
          byName.forEach((name, versions) -> {
            out.key(name);
            Value.of(versions).writeTo(out);
          });
          out.endObject();
        });
        out.endObject();
      }
      section(out, "sources", sources);
      section(out, "files", files);
      section(out, "commands", commands);
      if (!services.isEmpty()) {
        out.key("services");
        out.beginObject();
        services.forEach((manager, byName) -> {
          out.key(manager);
          Resource.writeMap(out, byName);
        });
        out.endObject();
      }
      out.endObject();
    }

    private static void section(Sink out, String name, Map<String, ? extends Value<?>> entries) {
      if (!entries.isEmpty()) {
        out.key(name);
        Resource.writeMap(out, entries);
      }
    }
  }

  /** A file cfn-init writes: inline content or a source URL, with owner and mode. */
  public static final class File extends Struct<File> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::Init.File");

    public File() {
      super(SCHEMA);
    }

    public File content(String content) {
      return set("content", Value.of(content));
    }

    public File content(Value<String> content) {
      return set("content", content);
    }

    /** JSON content, written to the file as a JSON document. */
    public File content(Json content) {
      return set("content", content);
    }

    public File source(Value<String> url) {
      return set("source", url);
    }

    /** {@code plain} or {@code base64}. */
    public File encoding(String encoding) {
      return set("encoding", Value.of(encoding));
    }

    /** Six octal digits, e.g. {@code 000644}. */
    public File mode(String mode) {
      return set("mode", Value.of(mode));
    }

    public File owner(String owner) {
      return set("owner", Value.of(owner));
    }

    public File group(String group) {
      return set("group", Value.of(group));
    }

    /** Mustache template variables for the content. */
    /** The credentials, by their name in the resource's {@code AWS::CloudFormation::Authentication}, to fetch the source with. */
    public File authentication(String name) {
      return set("authentication", Value.of(name));
    }

    public File context(Json context) {
      return set("context", context);
    }
  }

  /** A command cfn-init runs. */
  public static final class Command extends Struct<Command> {
    private static final Schema SCHEMA =
        Schema.builder("AWS::CloudFormation::Init.Command").required("command").build();

    public Command() {
      super(SCHEMA);
    }

    public static Command of(String command) {
      return new Command().command(Value.of(command));
    }

    public Command command(Value<String> command) {
      return set("command", command);
    }

    /** The command as an argument list, run without a shell. */
    public Command argv(String... arguments) {
      return set("command", Value.of(List.of(arguments)));
    }

    public Command env(Map<String, String> environment) {
      return set("env", Value.ofMap(environment));
    }

    public Command cwd(String directory) {
      return set("cwd", Value.of(directory));
    }

    /** Runs the command only when this test command exits 0. */
    public Command test(String testCommand) {
      return set("test", Value.of(testCommand));
    }

    public Command ignoreErrors(boolean ignore) {
      return set("ignoreErrors", Value.of(ignore));
    }
  }

  /** A service cfn-init enables and keeps running, restarted when its files or packages change. */
  public static final class Service extends Struct<Service> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::Init.Service");

    public Service() {
      super(SCHEMA);
    }

    public Service enabled(boolean enabled) {
      return set("enabled", Value.of(enabled));
    }

    public Service ensureRunning(boolean running) {
      return set("ensureRunning", Value.of(running));
    }

    public Service files(String... paths) {
      return set("files", Value.of(List.of(paths)));
    }

    public Service sources(String... directories) {
      return set("sources", Value.of(List.of(directories)));
    }

    public Service commands(String... names) {
      return set("commands", Value.of(new ArrayList<>(List.of(names))));
    }

    public Service packages(String manager, String... names) {
      return set("packages", Value.map(Map.of(manager, Value.of(List.of(names)))));
    }
  }

  /**
   * Credentials for cfn-init: an instance role that may read S3 buckets, or a user and password for
   * URLs. The password is a {@code Value}: a dynamic reference ({@code {{resolve:secretsmanager:...}}}),
   * since metadata is shown in plain text and validation refuses a NoEcho parameter there.
   */
  public static final class Authentication extends Struct<Authentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::Authentication")
        .required("type").allowed("type", "S3", "basic").build();

    private Authentication() {
      super(SCHEMA);
    }

    /** The role (its name, as the instance profile carries it) whose credentials read these buckets. */
    public static Authentication s3(Value<String> roleName, String... buckets) {
      return new Authentication().set("type", Value.of("S3")).set("roleName", roleName)
          .set("buckets", Value.of(List.of(buckets)));
    }

    /** A user and password for these URLs (files and sources whose URL starts with one of them). */
    public static Authentication basic(String username, Value<String> password, String... uris) {
      return new Authentication().set("type", Value.of("basic")).set("username", Value.of(username))
          .set("password", password).set("uris", Value.of(List.of(uris)));
    }
  }
}
