// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a Traffic Mirror filter.
 *
 * <p>A Traffic Mirror filter is a set of rules that defines the traffic to mirror.
 *
 * <p>By default, no traffic is mirrored. To mirror traffic, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-trafficmirrorfilterrule.html">AWS::EC2::TrafficMirrorFilterRule</a>
 * to add Traffic Mirror rules to the filter. The rules you add define what traffic gets mirrored.
 *
 * <p>CloudFormation type {@code AWS::EC2::TrafficMirrorFilter}.
 */
public final class TrafficMirrorFilter extends Resource<TrafficMirrorFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TrafficMirrorFilter")
      .allowed("NetworkServices", "amazon-dns")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrafficMirrorFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the Traffic Mirror filter.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public TrafficMirrorFilter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TrafficMirrorFilter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The network service traffic that is associated with the Traffic Mirror filter.
   *
   * <p>Valid values are <code>amazon-dns</code> .
   *
   * <p>Allowed values: {@code amazon-dns}. CloudFormation property {@code NetworkServices}.
   */
  public TrafficMirrorFilter networkServices(List<String> value) {
    return set("NetworkServices", Value.listOf(value));
  }

  /** Sets {@code NetworkServices} to this value; see {@link #networkServices(List)}. */
  public TrafficMirrorFilter networkServices(Value<List<String>> value) {
    return set("NetworkServices", value);
  }

  /**
   * The tags to assign to a Traffic Mirror filter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrafficMirrorFilter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrafficMirrorFilter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrafficMirrorFilter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of a traffic mirror filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
