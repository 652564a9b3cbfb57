// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.demo;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * A gadget with tags in a map.
 *
 * <p>CloudFormation type {@code AWS::Demo::Gadget}.
 */
public final class Gadget extends Resource<Gadget> {
  private static final Schema SCHEMA = Schema.builder("AWS::Demo::Gadget")
      .references("Widget", "AWS::Demo::Widget.Ref")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Gadget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Tags}. */
  public Gadget tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Gadget tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Gadget tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** CloudFormation property {@code Widget}. */
  public Gadget widget(String value) {
    return set("Widget", Value.of(value));
  }

  /** Sets {@code Widget} to this value; see {@link #widget(String)}. */
  public Gadget widget(Value<String> value) {
    return set("Widget", value);
  }

  /** Sets {@code Widget} to the Ref of {@code AWS::Demo::Widget}; see {@link #widget(String)}. */
  public Gadget widget(Widget resource) {
    return set("Widget", resource.ref());
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
