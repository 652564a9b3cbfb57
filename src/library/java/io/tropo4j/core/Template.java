package io.tropo4j.core;

import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import io.tropo4j.fn.Writable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudFormation template. Add parameters, resources and outputs; {@link io.tropo4j.Templates}
 * validates it (every problem at once) and writes it, its sections in CloudFormation's order.
 */
public final class Template implements Writable {
  public static final String FORMAT_VERSION = "2010-09-09";

  private String description;
  private final Map<String, Value<?>> metadata = new LinkedHashMap<>();
  private final Map<String, List<Parameter<?>>> parameterGroups = new LinkedHashMap<>();
  private final Map<Parameter<?>, String> parameterLabels = new LinkedHashMap<>();
  private final List<Parameter<?>> parameters = new ArrayList<>();
  private final List<Mapping> mappings = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();
  private final List<String> transforms = new ArrayList<>();
  private final List<Resource<?>> resources = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();
  private Tags tags;
  private String assetBucket;

  public Template description(String description) {
    this.description = description;
    return this;
  }

  public Template metadata(String key, Value<?> value) {
    metadata.put(key, NonNull.check(value, "Metadata.", key));
    return this;
  }

  /** A group of parameters in the console's create-stack form (AWS::CloudFormation::Interface). */
  public Template parameterGroup(String label, Parameter<?>... members) {
    parameterGroups.put(label, List.of(members));
    return this;
  }

  /** A friendlier name for a parameter in the console (AWS::CloudFormation::Interface). */
  public Template parameterLabel(Parameter<?> parameter, String label) {
    parameterLabels.put(parameter, label);
    return this;
  }

  /** Macros CloudFormation runs over the template, e.g. {@code AWS::Serverless-2016-10-31}. */
  public Template transform(String... macros) {
    transforms.addAll(Arrays.asList(macros));
    return this;
  }

  public <T> Parameter<T> add(Parameter<T> parameter) {
    parameters.add(Objects.requireNonNull(parameter, "parameter"));
    return parameter;
  }

  public Mapping add(Mapping mapping) {
    mappings.add(Objects.requireNonNull(mapping, "mapping"));
    return mapping;
  }

  public Condition add(Condition condition) {
    conditions.add(Objects.requireNonNull(condition, "condition"));
    return condition;
  }

  public Rule add(Rule rule) {
    rules.add(Objects.requireNonNull(rule, "rule"));
    return rule;
  }

  public <R extends Resource<R>> R add(R resource) {
    resources.add(Objects.requireNonNull(resource, "resource"));
    return resource;
  }

  public Output add(Output output) {
    outputs.add(Objects.requireNonNull(output, "output"));
    return output;
  }

  public String description() {
    return description;
  }

  public Map<String, Value<?>> metadata() {
    return Collections.unmodifiableMap(metadata);
  }

  public Map<String, List<Parameter<?>>> parameterGroups() {
    return Collections.unmodifiableMap(parameterGroups);
  }

  public Map<Parameter<?>, String> parameterLabels() {
    return Collections.unmodifiableMap(parameterLabels);
  }

  /**
   * The parameters added, and {@value Asset#BUCKET_PARAMETER} after them when the template uses an
   * asset and does not declare it itself.
   */
  public List<Parameter<?>> parameters() {
    if (!usesAssets()) {
      return Collections.unmodifiableList(parameters);
    }
    List<Parameter<?>> all = new ArrayList<>(parameters);
    all.add(Asset.BUCKET);
    return Collections.unmodifiableList(all);
  }

  /**
   * The bucket a packaged template's assets are in, written as the default of its
   * {@value Asset#BUCKET_PARAMETER} parameter, for tools that deploy the template as it is; null for
   * none (the deployer fills the parameter in).
   */
  public Template assetBucket(String bucketName) {
    this.assetBucket = bucketName;
    return this;
  }

  /** Where the template's values name an asset, in the order they are written. */
  public List<Asset.Use> assetUses() {
    AssetSearch search = new AssetSearch();
    search.beginObject();
    writeResources(search);
    writeOutputs(search);
    search.endObject();
    return search.uses();
  }

  /**
   * Every asset the deployer uploads for this template, once each: those its values name, and those
   * of the nested stacks' templates.
   */
  public List<Asset> assets() {
    Map<String, Asset> byKey = new LinkedHashMap<>();
    for (Asset.Use use : assetUses()) {
      byKey.putIfAbsent(use.asset().objectKey(), use.asset());
    }
    for (Resource<?> resource : resources) {
      if (resource instanceof NestedTemplate nested) {
        for (Asset asset : nested.nestedTemplate().assets()) {
          byKey.putIfAbsent(asset.objectKey(), asset);
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  private boolean usesAssets() {
    if (!Asset.anyMade()) {
      return false; // the common case costs no walk
    }
    for (Parameter<?> parameter : parameters) {
      if (parameter.logicalId().equals(Asset.BUCKET_PARAMETER)) {
        return false;
      }
    }
    return !assetUses().isEmpty();
  }

  public List<Mapping> mappings() {
    return Collections.unmodifiableList(mappings);
  }

  public List<Condition> conditions() {
    return Collections.unmodifiableList(conditions);
  }

  public List<Rule> rules() {
    return Collections.unmodifiableList(rules);
  }

  public List<String> transforms() {
    return Collections.unmodifiableList(transforms);
  }

  /**
   * Tags for every resource whose type carries tags, in whatever form its type takes them (a list,
   * a map, an Auto Scaling group's), as CDK's {@code Tags.of(scope)} does; a resource's own tags win
   * where a key is in both. A resource whose tags are an expression (an intrinsic) keeps it as it is.
   */
  public Template tags(Tags tags) {
    this.tags = tags;
    return this;
  }

  /** The template's tags, or null when it has none. */
  public Tags tags() {
    return tags;
  }

  public List<Resource<?>> resources() {
    return Collections.unmodifiableList(resources);
  }

  public List<Output> outputs() {
    return Collections.unmodifiableList(outputs);
  }

  /** Writes the template's sections in CloudFormation's order, without validating. */
  @Override
  public void writeTo(Sink out) {
    out.beginObject();
    out.key("AWSTemplateFormatVersion");
    out.string(FORMAT_VERSION);
    if (description != null) {
      out.key("Description");
      out.string(description);
    }
    writeMetadata(out);
    // A loop per section rather than one method taking the entry's accessors: each method
    // reference would be a lambda linked at start-up (README, Benchmarks).
    List<Parameter<?>> declared = parameters();
    if (section(out, "Parameters", declared)) {
      for (Parameter<?> parameter : declared) {
        out.key(parameter.logicalId());
        if (parameter == Asset.BUCKET && assetBucket != null) {
          Parameter.string(Asset.BUCKET_PARAMETER).description(Asset.BUCKET.description()).defaultValue(assetBucket)
              .writeTo(out);
        } else {
          parameter.writeTo(out);
        }
      }
      out.endObject();
    }
    if (section(out, "Mappings", mappings)) {
      for (Mapping mapping : mappings) {
        out.key(mapping.logicalId());
        mapping.writeTo(out);
      }
      out.endObject();
    }
    if (section(out, "Conditions", conditions)) {
      for (Condition condition : conditions) {
        out.key(condition.logicalId());
        condition.expression().writeTo(out);
      }
      out.endObject();
    }
    if (section(out, "Rules", rules)) {
      for (Rule rule : rules) {
        out.key(rule.logicalId());
        rule.writeTo(out);
      }
      out.endObject();
    }
    if (!transforms.isEmpty()) {
      out.key("Transform");
      if (transforms.size() == 1) {
        out.string(transforms.get(0));
      } else {
        Value.of(transforms).writeTo(out);
      }
    }
    writeResources(out);
    writeOutputs(out);
    out.endObject();
  }

  private void writeResources(Sink out) {
    out.key("Resources");
    out.beginObject();
    for (Resource<?> resource : resources) {
      out.key(resource.logicalId());
      resource.writeTo(out, tags);
    }
    out.endObject();
  }

  private void writeOutputs(Sink out) {
    if (section(out, "Outputs", outputs)) {
      for (Output output : outputs) {
        out.key(output.logicalId());
        output.writeTo(out);
      }
      out.endObject();
    }
  }

  /**
   * Opens a section of named entries, unless it has none: a section is left out when empty
   * (Resources is written even then). True when the caller is to write the entries and close it.
   */
  private static boolean section(Sink out, String name, List<?> entries) {
    if (entries.isEmpty()) {
      return false;
    }
    out.key(name);
    out.beginObject();
    return true;
  }

  private void writeMetadata(Sink out) {
    boolean hasInterface = !parameterGroups.isEmpty() || !parameterLabels.isEmpty();
    if (metadata.isEmpty() && !hasInterface) {
      return;
    }
    out.key("Metadata");
    out.beginObject();
    for (Map.Entry<String, Value<?>> entry : metadata.entrySet()) {
      out.key(entry.getKey());
      entry.getValue().writeTo(out);
    }
    if (hasInterface) {
      out.key("AWS::CloudFormation::Interface");
      out.beginObject();
      if (!parameterGroups.isEmpty()) {
        out.key("ParameterGroups");
        out.beginArray();
        for (Map.Entry<String, List<Parameter<?>>> group : parameterGroups.entrySet()) {
          out.beginObject();
          out.key("Label");
          out.beginObject();
          out.key("default");
          out.string(group.getKey());
          out.endObject();
          out.key("Parameters");
          out.beginArray();
          for (Parameter<?> member : group.getValue()) {
            out.string(member.logicalId());
          }
          out.endArray();
          out.endObject();
        }
        out.endArray();
      }
      if (!parameterLabels.isEmpty()) {
        out.key("ParameterLabels");
        out.beginObject();
        for (Map.Entry<Parameter<?>, String> label : parameterLabels.entrySet()) {
          out.key(label.getKey().logicalId());
          out.beginObject();
          out.key("default");
          out.string(label.getValue());
          out.endObject();
        }
        out.endObject();
      }
      out.endObject();
    }
    out.endObject();
  }
}
