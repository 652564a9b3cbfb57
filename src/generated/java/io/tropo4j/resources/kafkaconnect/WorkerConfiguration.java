// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kafkaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a worker configuration using the specified properties.
 *
 * <p>CloudFormation type {@code AWS::KafkaConnect::WorkerConfiguration}.
 */
public final class WorkerConfiguration extends Resource<WorkerConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::WorkerConfiguration")
      .required("Name", "PropertiesFileContent")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .refYields("WorkerConfigurationArn")
      .attributes("Revision", "WorkerConfigurationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkerConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of a worker configuration.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public WorkerConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public WorkerConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the worker configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code Name}.
   */
  public WorkerConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WorkerConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Base64 encoded contents of the connect-distributed.properties file.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PropertiesFileContent}.
   */
  public WorkerConfiguration propertiesFileContent(String value) {
    return set("PropertiesFileContent", Value.of(value));
  }

  /**
   * Sets {@code PropertiesFileContent} to this value; see {@link #propertiesFileContent(String)}.
   */
  public WorkerConfiguration propertiesFileContent(Value<String> value) {
    return set("PropertiesFileContent", value);
  }

  /**
   * A collection of tags associated with a resource
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WorkerConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WorkerConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WorkerConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The revision of the worker configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Revision}.
   */
  public Value<Integer> revision() {
    return getAtt("Revision");
  }

  /**
   * The Amazon Resource Name (ARN) of the worker configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkerConfigurationArn}.
   */
  public Value<String> workerConfigurationArn() {
    return getAtt("WorkerConfigurationArn");
  }
}
