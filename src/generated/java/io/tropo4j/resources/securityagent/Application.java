// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SecurityAgent::Application
 *
 * <p>CloudFormation type {@code AWS::SecurityAgent::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::Application")
      .constrain("DefaultKmsKeyId", Constraint.of().minLength(0).maxLength(2048))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("ApplicationId")
      .attributes("ApplicationId", "ApplicationName", "Domain",
          "IdCConfiguration.IdCApplicationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Identifier of a KMS key. Can be a key ID, key ARN, alias name, or alias ARN.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code DefaultKmsKeyId}.
   */
  public Application defaultKmsKeyId(String value) {
    return set("DefaultKmsKeyId", Value.of(value));
  }

  /** Sets {@code DefaultKmsKeyId} to this value; see {@link #defaultKmsKeyId(String)}. */
  public Application defaultKmsKeyId(Value<String> value) {
    return set("DefaultKmsKeyId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code IdCConfiguration}. */
  public Application idCConfiguration(Value<IdCConfiguration> value) {
    return set("IdCConfiguration", value);
  }

  /** Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}. */
  public Application roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Application roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Tags for the application
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code ApplicationId}. */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /** {@code Fn::GetAtt} attribute {@code ApplicationName}. */
  public Value<String> applicationName() {
    return getAtt("ApplicationName");
  }

  /** {@code Fn::GetAtt} attribute {@code Domain}. */
  public Value<String> domain() {
    return getAtt("Domain");
  }

  /** {@code Fn::GetAtt} attribute {@code IdCConfiguration.IdCApplicationArn}. */
  public Value<String> idCConfigurationIdCApplicationArn() {
    return getAtt("IdCConfiguration.IdCApplicationArn");
  }

  /** Property type {@code AWS::SecurityAgent::Application.IdCConfiguration}. */
  public static final class IdCConfiguration extends Struct<IdCConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityAgent::Application.IdCConfiguration");

    public IdCConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code IdCApplicationArn}. */
    public IdCConfiguration idCApplicationArn(String value) {
      return set("IdCApplicationArn", Value.of(value));
    }

    /** Sets {@code IdCApplicationArn} to this value; see {@link #idCApplicationArn(String)}. */
    public IdCConfiguration idCApplicationArn(Value<String> value) {
      return set("IdCApplicationArn", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code IdCInstanceArn}. */
    public IdCConfiguration idCInstanceArn(String value) {
      return set("IdCInstanceArn", Value.of(value));
    }

    /** Sets {@code IdCInstanceArn} to this value; see {@link #idCInstanceArn(String)}. */
    public IdCConfiguration idCInstanceArn(Value<String> value) {
      return set("IdCInstanceArn", value);
    }
  }
}
