// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventschemas;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.events.EventBus;
import java.util.List;

/**
 * Use the <code>AWS::EventSchemas::Discoverer</code> resource to specify a <em>discoverer</em> that
 * is associated with an event bus. A discoverer allows the Amazon EventBridge Schema Registry to
 * automatically generate schemas based on events on an event bus.
 *
 * <p>CloudFormation type {@code AWS::EventSchemas::Discoverer}.
 */
public final class Discoverer extends Resource<Discoverer> {
  private static final Schema SCHEMA = Schema.builder("AWS::EventSchemas::Discoverer")
      .required("SourceArn")
      .references("SourceArn", "AWS::Events::EventBus.Arn")
      .refYields("DiscovererArn")
      .attributes("CrossAccount", "DiscovererArn", "DiscovererId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Discoverer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Allows for the discovery of the event schemas that are sent to the event bus from another
   * account.
   *
   * <p>Default: {@code true}. CloudFormation property {@code CrossAccount}.
   */
  public Discoverer crossAccount(boolean value) {
    return set("CrossAccount", Value.of(value));
  }

  /** Sets {@code CrossAccount} to this value; see {@link #crossAccount(boolean)}. */
  public Discoverer crossAccount(Value<Boolean> value) {
    return set("CrossAccount", value);
  }

  /**
   * A description for the discoverer.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Discoverer description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Discoverer description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the event bus.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SourceArn}.
   */
  public Discoverer sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Discoverer sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::Events::EventBus}; see {@link
   * #sourceArn(String)}.
   */
  public Discoverer sourceArn(EventBus resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Tags associated with the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Discoverer tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Discoverer tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Discoverer tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Discoverer tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code CrossAccount}. */
  public Value<Boolean> crossAccount() {
    return getAtt("CrossAccount");
  }

  /**
   * The ARN of the discoverer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DiscovererArn}.
   */
  public Value<String> discovererArn() {
    return getAtt("DiscovererArn");
  }

  /**
   * The ID of the discoverer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DiscovererId}.
   */
  public Value<String> discovererId() {
    return getAtt("DiscovererId");
  }

  /**
   * The state of the discoverer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Tags to associate with the discoverer.
   *
   * <p>Property type {@code AWS::EventSchemas::Discoverer.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventSchemas::Discoverer.TagsEntry")
        .required("Key", "Value")
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /**
     * The key of a key-value pair.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of a key-value pair.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }
}
