// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents an AWS IoT SiteWise application that provides IAM Identity Center based access to a
 * workspace.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Application")
      .required("Name", "WorkspaceName")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("IdcInstanceArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$").minLength(1).maxLength(1600))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9](?:[A-Za-z0-9 ._()\\-]*[A-Za-z0-9._()\\-])?$").minLength(1).maxLength(256))
      .constrain("WorkspaceName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("ApplicationId", "Arn", "CreatedAt", "DnsSubdomain", "IdcApplicationArn",
          "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the IAM Identity Center instance used to create the application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.]+$}. CloudFormation property {@code
   * IdcInstanceArn}.
   */
  public Application idcInstanceArn(String value) {
    return set("IdcInstanceArn", Value.of(value));
  }

  /** Sets {@code IdcInstanceArn} to this value; see {@link #idcInstanceArn(String)}. */
  public Application idcInstanceArn(Value<String> value) {
    return set("IdcInstanceArn", value);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9](?:[A-Za-z0-9 ._()&#92;-]*[A-Za-z0-9._()&#92;-])?$}. CloudFormation property {@code
   * Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
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

  /**
   * The name of the workspace that the application belongs to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code WorkspaceName}.
   */
  public Application workspaceName(String value) {
    return set("WorkspaceName", Value.of(value));
  }

  /** Sets {@code WorkspaceName} to this value; see {@link #workspaceName(String)}. */
  public Application workspaceName(Value<String> value) {
    return set("WorkspaceName", value);
  }

  /**
   * The unique identifier of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The ARN of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the application was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The DNS-compliant subdomain label assigned to the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsSubdomain}.
   */
  public Value<String> dnsSubdomain() {
    return getAtt("DnsSubdomain");
  }

  /**
   * The ARN of the IAM Identity Center application created for the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdcApplicationArn}.
   */
  public Value<String> idcApplicationArn() {
    return getAtt("IdcApplicationArn");
  }

  /**
   * The current status of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The time the application was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
