// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.demo;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.resources.other.Zone;
import java.util.List;
import java.util.Map;

/**
 * A widget. See <a href="https://example.com/guide">the guide</a> and <code>CreateWidget</code>.
 *
 * <p>Comments end with *&#47; and &#92;u0041 is not an escape; &#64;param is not a tag.
 *
 * <ul> <li>first point <li>second point </ul>
 *
 * <p>CloudFormation type {@code AWS::Demo::Widget}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Widget extends Resource<Widget> {
  private static final Schema SCHEMA = Schema.builder("AWS::Demo::Widget")
      .required("Name")
      .allowed("Mode", "FAST", "SLOW")
      .references("Owner", "AWS::Other::Zone.Arn")
      .references("Zones", "AWS::Other::Zone.Ref")
      .refYields("Name")
      .attributes("Arn", "Endpoint.Address", "EndpointAddress", "Names", "Port", "Type")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Widget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Choice}. */
  public Widget choice(Primary value) {
    return set("Choice", value);
  }

  /** Sets {@code Choice} to this value; see {@link #choice(Primary)}. */
  public Widget choice(Secondary value) {
    return set("Choice", value);
  }

  /** CloudFormation property {@code Default}. */
  public Widget defaultProperty(String value) {
    return set("Default", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Default} to this value; see {@link #defaultProperty(String)}. */
  public Widget defaultProperty(io.tropo4j.fn.Value<String> value) {
    return set("Default", value);
  }

  /** CloudFormation property {@code Document}. */
  public Widget document(io.tropo4j.fn.Value<Json> value) {
    return set("Document", value);
  }

  /**
   * CloudFormation property {@code Enabled}.
   *
   * @deprecated The specification marks {@code Enabled} deprecated.
   */
  @Deprecated
  public Widget enabled(boolean value) {
    return set("Enabled", io.tropo4j.fn.Value.of(value));
  }

  /**
   * Sets {@code Enabled} to this value; see {@link #enabled(boolean)}.
   *
   * @deprecated The specification marks {@code Enabled} deprecated.
   */
  @Deprecated
  public Widget enabled(io.tropo4j.fn.Value<Boolean> value) {
    return set("Enabled", value);
  }

  /** CloudFormation property {@code Items}. */
  public Widget items(List<Object> value) {
    return set("Items", io.tropo4j.fn.Value.listOf(value));
  }

  /** Sets {@code Items} to this value; see {@link #items(List)}. */
  public Widget items(io.tropo4j.fn.Value<List<Object>> value) {
    return set("Items", value);
  }

  /** CloudFormation property {@code Labels}. */
  public Widget labels(Map<String, String> value) {
    return set("Labels", io.tropo4j.fn.Value.mapOf(value));
  }

  /** Sets {@code Labels} to this value; see {@link #labels(Map)}. */
  public Widget labels(io.tropo4j.fn.Value<Map<String, String>> value) {
    return set("Labels", value);
  }

  /** CloudFormation property {@code Matrix}. */
  public Widget matrix(List<List<String>> value) {
    return set("Matrix", io.tropo4j.fn.Value.listOf(value));
  }

  /** Sets {@code Matrix} to this value; see {@link #matrix(List)}. */
  public Widget matrix(io.tropo4j.fn.Value<List<List<String>>> value) {
    return set("Matrix", value);
  }

  /** Allowed values: {@code FAST}, {@code SLOW}. CloudFormation property {@code Mode}. */
  public Widget mode(String value) {
    return set("Mode", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public Widget mode(io.tropo4j.fn.Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The <b>name</b> of the <em>widget</em>.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Widget name(String value) {
    return set("Name", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Widget name(io.tropo4j.fn.Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Owner}. */
  public Widget owner(String value) {
    return set("Owner", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
  public Widget owner(io.tropo4j.fn.Value<String> value) {
    return set("Owner", value);
  }

  /** Sets {@code Owner} to the Arn of {@code AWS::Other::Zone}; see {@link #owner(String)}. */
  public Widget owner(Zone resource) {
    return set("Owner", resource.arn());
  }

  /** CloudFormation property {@code Pairs}. */
  public Widget pairs(List<Tag> value) {
    return set("Pairs", io.tropo4j.fn.Value.listOf(value));
  }

  /** Sets {@code Pairs} to this value; see {@link #pairs(List)}. */
  public Widget pairs(io.tropo4j.fn.Value<List<Tag>> value) {
    return set("Pairs", value);
  }

  /** Sets {@code Pairs} to a list of these; see {@link #pairs(List)}. */
  public Widget pairs(Tag... values) {
    return set("Pairs", io.tropo4j.fn.Value.list(values));
  }

  /** CloudFormation property {@code Policy}. */
  public Widget policy(String value) {
    return set("Policy", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public Widget policy(io.tropo4j.fn.Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public Widget policy(Json value) {
    return set("Policy", value);
  }

  /** CloudFormation property {@code Ratio}. */
  public Widget ratio(double value) {
    return set("Ratio", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Ratio} to this value; see {@link #ratio(double)}. */
  public Widget ratio(io.tropo4j.fn.Value<Double> value) {
    return set("Ratio", value);
  }

  /** CloudFormation property {@code Rules}. */
  public Widget rules(List<Rule> value) {
    return set("Rules", io.tropo4j.fn.Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public Widget rules(io.tropo4j.fn.Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public Widget rules(Rule... values) {
    return set("Rules", io.tropo4j.fn.Value.list(values));
  }

  /** CloudFormation property {@code Self}. */
  public Widget selfProperty(io.tropo4j.fn.Value<WidgetProperty> value) {
    return set("Self", value);
  }

  /** CloudFormation property {@code Settings}. */
  public Widget settings(io.tropo4j.fn.Value<Settings> value) {
    return set("Settings", value);
  }

  /** CloudFormation property {@code Shadow}. */
  public Widget shadow(io.tropo4j.fn.Value<Value> value) {
    return set("Shadow", value);
  }

  /**
   * Changing it may replace the resource. Default: {@code 1}. CloudFormation property {@code Size}.
   */
  public Widget size(int value) {
    return set("Size", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Size} to this value; see {@link #size(int)}. */
  public Widget size(io.tropo4j.fn.Value<Integer> value) {
    return set("Size", value);
  }

  /**
   * The widget's code.
   *
   * <p>CloudFormation property {@code Source}.
   */
  public Widget source(io.tropo4j.fn.Value<Source> value) {
    return set("Source", value);
  }

  /**
   * Sets {@code Source} to the asset's bucket and key, where the deployer uploads it; see {@link
   * #source(io.tropo4j.fn.Value)}.
   */
  public Widget source(Asset asset) {
    return set("Source", new Source().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /** CloudFormation property {@code Tags}. */
  public Widget tags(List<io.tropo4j.core.Tag> value) {
    return set("Tags", io.tropo4j.fn.Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Widget tags(io.tropo4j.fn.Value<List<io.tropo4j.core.Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Widget tags(Tags tags) {
    return set("Tags", tags);
  }

  /** CloudFormation property {@code Type}. */
  public Widget typeProperty(String value) {
    return set("Type", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Widget typeProperty(io.tropo4j.fn.Value<String> value) {
    return set("Type", value);
  }

  /** CloudFormation property {@code Unresolved}. */
  public Widget unresolved(String value) {
    return set("Unresolved", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code Unresolved} to this value; see {@link #unresolved(String)}. */
  public Widget unresolved(io.tropo4j.fn.Value<String> value) {
    return set("Unresolved", value);
  }

  /** CloudFormation property {@code Zones}. */
  public Widget zones(List<String> value) {
    return set("Zones", io.tropo4j.fn.Value.listOf(value));
  }

  /** Sets {@code Zones} to this value; see {@link #zones(List)}. */
  public Widget zones(io.tropo4j.fn.Value<List<String>> value) {
    return set("Zones", value);
  }

  /** Sets {@code Zones} to the Ref of each {@code AWS::Other::Zone}; see {@link #zones(List)}. */
  public Widget zones(Zone... resources) {
    return set("Zones", io.tropo4j.fn.Value.refs(resources));
  }

  /**
   * The ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public io.tropo4j.fn.Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Endpoint.Address}. */
  public io.tropo4j.fn.Value<String> endpoint_Address() {
    return getAtt("Endpoint.Address");
  }

  /** {@code Fn::GetAtt} attribute {@code EndpointAddress}. */
  public io.tropo4j.fn.Value<String> endpointAddress() {
    return getAtt("EndpointAddress");
  }

  /** {@code Fn::GetAtt} attribute {@code Names}. */
  public io.tropo4j.fn.Value<List<String>> names() {
    return getAtt("Names");
  }

  /** {@code Fn::GetAtt} attribute {@code Port}. */
  public io.tropo4j.fn.Value<Integer> port() {
    return getAtt("Port");
  }

  /** {@code Fn::GetAtt} attribute {@code Type}. */
  public io.tropo4j.fn.Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /** Property type {@code AWS::Demo::Widget.Primary}. */
  public static final class Primary extends Struct<Primary> {
    private static final Schema SCHEMA = Schema.of("AWS::Demo::Widget.Primary");

    public Primary() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code X}. */
    public Primary x(String value) {
      return set("X", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code X} to this value; see {@link #x(String)}. */
    public Primary x(io.tropo4j.fn.Value<String> value) {
      return set("X", value);
    }
  }

  /** Property type {@code AWS::Demo::Widget.Rule}. */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Demo::Widget.Rule")
        .required("Priority")
        .allowed("Action", "allow", "deny")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /** Allowed values: {@code allow}, {@code deny}. CloudFormation property {@code Action}. */
    public Rule action(String value) {
      return set("Action", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public Rule action(io.tropo4j.fn.Value<String> value) {
      return set("Action", value);
    }

    /** Required. CloudFormation property {@code Priority}. */
    public Rule priority(int value) {
      return set("Priority", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public Rule priority(io.tropo4j.fn.Value<Integer> value) {
      return set("Priority", value);
    }
  }

  /** Property type {@code AWS::Demo::Widget.Secondary}. */
  public static final class Secondary extends Struct<Secondary> {
    private static final Schema SCHEMA = Schema.of("AWS::Demo::Widget.Secondary");

    public Secondary() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Y}. */
    public Secondary y(String value) {
      return set("Y", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Y} to this value; see {@link #y(String)}. */
    public Secondary y(io.tropo4j.fn.Value<String> value) {
      return set("Y", value);
    }
  }

  /**
   * How a widget behaves.
   *
   * <p>Property type {@code AWS::Demo::Widget.Settings}.
   */
  public static final class Settings extends Struct<Settings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Demo::Widget.Settings")
        .required("Value")
        .build();

    public Settings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Limits}. */
    public Settings limits(Map<String, Integer> value) {
      return set("Limits", io.tropo4j.fn.Value.mapOf(value));
    }

    /** Sets {@code Limits} to this value; see {@link #limits(Map)}. */
    public Settings limits(io.tropo4j.fn.Value<Map<String, Integer>> value) {
      return set("Limits", value);
    }

    /**
     * The setting.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Settings value(String value) {
      return set("Value", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Settings value(io.tropo4j.fn.Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Where the widget's code is in S3.
   *
   * <p>Property type {@code AWS::Demo::Widget.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::Demo::Widget.Source")
        .required("S3Bucket", "S3Key")
        .build();

    public Source() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code S3Bucket}. */
    public Source s3Bucket(String value) {
      return set("S3Bucket", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public Source s3Bucket(io.tropo4j.fn.Value<String> value) {
      return set("S3Bucket", value);
    }

    /** Required. CloudFormation property {@code S3Key}. */
    public Source s3Key(String value) {
      return set("S3Key", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public Source s3Key(io.tropo4j.fn.Value<String> value) {
      return set("S3Key", value);
    }
  }

  /** Property type {@code AWS::Demo::Widget.Tag}. */
  public static final class Tag extends Struct<Tag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Demo::Widget.Tag")
        .required("Key", "Value")
        .build();

    public Tag() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public Tag key(String value) {
      return set("Key", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tag key(io.tropo4j.fn.Value<String> value) {
      return set("Key", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public Tag value(String value) {
      return set("Value", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tag value(io.tropo4j.fn.Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Named like a core class.
   *
   * <p>Property type {@code AWS::Demo::Widget.Value}.
   */
  public static final class Value extends Struct<Value> {
    private static final Schema SCHEMA = Schema.of("AWS::Demo::Widget.Value");

    public Value() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code V}. */
    public Value v(String value) {
      return set("V", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code V} to this value; see {@link #v(String)}. */
    public Value v(io.tropo4j.fn.Value<String> value) {
      return set("V", value);
    }
  }

  /**
   * Named like its resource.
   *
   * <p>Property type {@code AWS::Demo::Widget.Widget}.
   */
  public static final class WidgetProperty extends Struct<WidgetProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::Demo::Widget.Widget");

    public WidgetProperty() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Z}. */
    public WidgetProperty z(String value) {
      return set("Z", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code Z} to this value; see {@link #z(String)}. */
    public WidgetProperty z(io.tropo4j.fn.Value<String> value) {
      return set("Z", value);
    }
  }
}
