// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconvert;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The AWS::MediaConvert::Queue resource is an AWS Elemental MediaConvert resource type that you can
 * use to manage the resources that are available to your account for parallel processing of jobs.
 * For more information about queues, see <a
 * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/working-with-queues.html">Working with
 * AWS Elemental MediaConvert Queues</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::MediaConvert::Queue}.
 */
public final class Queue extends Resource<Queue> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConvert::Queue")
      .constrain("MaximumConcurrentFeeds", Constraint.of().minimum(0))
      .allowed("PricingPlan", "ON_DEMAND", "RESERVED")
      .allowed("Status", "ACTIVE", "PAUSED")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Queue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify the maximum number of jobs your queue can process concurrently. For on-demand queues,
   * the value you enter is constrained by your service quotas for Maximum concurrent jobs, per
   * on-demand queue and Maximum concurrent jobs, per account. For reserved queues, specify the
   * number of jobs you can process concurrently in your reservation plan instead.
   *
   * <p>CloudFormation property {@code ConcurrentJobs}.
   */
  public Queue concurrentJobs(int value) {
    return set("ConcurrentJobs", Value.of(value));
  }

  /** Sets {@code ConcurrentJobs} to this value; see {@link #concurrentJobs(int)}. */
  public Queue concurrentJobs(Value<Integer> value) {
    return set("ConcurrentJobs", value);
  }

  /**
   * Optional. A description of the queue that you are creating.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Queue description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Queue description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specify the maximum number of Elemental Inference feeds MediaConvert can process concurrently.
   *
   * <p>Range: at least 0. CloudFormation property {@code MaximumConcurrentFeeds}.
   */
  public Queue maximumConcurrentFeeds(int value) {
    return set("MaximumConcurrentFeeds", Value.of(value));
  }

  /**
   * Sets {@code MaximumConcurrentFeeds} to this value; see {@link #maximumConcurrentFeeds(int)}.
   */
  public Queue maximumConcurrentFeeds(Value<Integer> value) {
    return set("MaximumConcurrentFeeds", value);
  }

  /**
   * The name of the queue that you are creating.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Queue name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Queue name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * When you use CloudFormation , you can create only on-demand queues. Therefore, always set
   * <code>PricingPlan</code> to the value "ON_DEMAND" when declaring an AWS::MediaConvert::Queue in
   * your CloudFormation template.
   *
   * <p>To create a reserved queue, use the AWS Elemental MediaConvert console at
   * https://console.aws.amazon.com/mediaconvert to set up a contract. For more information, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/working-with-queues.html">Working with
   * AWS Elemental MediaConvert Queues</a> in the ** .
   *
   * <p>Allowed values: {@code ON_DEMAND}, {@code RESERVED}. CloudFormation property {@code
   * PricingPlan}.
   */
  public Queue pricingPlan(String value) {
    return set("PricingPlan", Value.of(value));
  }

  /** Sets {@code PricingPlan} to this value; see {@link #pricingPlan(String)}. */
  public Queue pricingPlan(Value<String> value) {
    return set("PricingPlan", value);
  }

  /**
   * Initial state of the queue. Queues can be either ACTIVE or PAUSED. If you create a paused
   * queue, then jobs that you send to that queue won't begin.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code PAUSED}. CloudFormation property {@code Status}.
   */
  public Queue status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Queue status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Queue tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Queue tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the queue, such as
   * <code>arn:aws:mediaconvert:us-west-2:123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the queue, such as <code>Queue 2</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }
}
