// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataZone::SubscriptionTarget</code> resource specifies an Amazon DataZone
 * subscription target. Subscription targets enable you to access the data to which you have
 * subscribed in your projects. A subscription target specifies the location (for example, a
 * database or a schema) and the required permissions (for example, an IAM role) that Amazon
 * DataZone can use to establish a connection with the source data and to create the necessary
 * grants so that members of the Amazon DataZone project can start querying the data to which they
 * have subscribed.
 *
 * <p>CloudFormation type {@code AWS::DataZone::SubscriptionTarget}.
 */
public final class SubscriptionTarget extends Resource<SubscriptionTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::SubscriptionTarget")
      .required("ApplicableAssetTypes", "AuthorizedPrincipals", "DomainIdentifier",
          "EnvironmentIdentifier", "Name", "SubscriptionTargetConfig", "Type")
      .constrain("ApplicableAssetTypes", Constraint.of().pattern("^[^\\.]*").minLength(1).maxLength(256))
      .constrain("AuthorizedPrincipals", Constraint.of().pattern("^[a-zA-Z0-9:/_-]*$"))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnvironmentIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("ManageAccessRole", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):iam::\\d{12}:(role|role/service-role)/[\\w+=,.@-]*$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .attributes("CreatedAt", "CreatedBy", "DomainId", "EnvironmentId", "Id", "ProjectId",
          "UpdatedAt", "UpdatedBy")
      .build();

  public SubscriptionTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The asset types included in the subscription target.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[^&#92;.]*}. CloudFormation property
   * {@code ApplicableAssetTypes}.
   */
  public SubscriptionTarget applicableAssetTypes(List<String> value) {
    return set("ApplicableAssetTypes", Value.listOf(value));
  }

  /** Sets {@code ApplicableAssetTypes} to this value; see {@link #applicableAssetTypes(List)}. */
  public SubscriptionTarget applicableAssetTypes(Value<List<String>> value) {
    return set("ApplicableAssetTypes", value);
  }

  /**
   * The authorized principals included in the subscription target.
   *
   * <p>Required. Pattern: {@code ^[a-zA-Z0-9:/_-]*$}. CloudFormation property {@code
   * AuthorizedPrincipals}.
   */
  public SubscriptionTarget authorizedPrincipals(List<String> value) {
    return set("AuthorizedPrincipals", Value.listOf(value));
  }

  /** Sets {@code AuthorizedPrincipals} to this value; see {@link #authorizedPrincipals(List)}. */
  public SubscriptionTarget authorizedPrincipals(Value<List<String>> value) {
    return set("AuthorizedPrincipals", value);
  }

  /**
   * The ID of the Amazon DataZone domain in which subscription target is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public SubscriptionTarget domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public SubscriptionTarget domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The ID of the environment in which subscription target is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code EnvironmentIdentifier}.
   */
  public SubscriptionTarget environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public SubscriptionTarget environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * The manage access role that is used to create the subscription target.
   *
   * <p>Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):iam::&#92;d{12}:(role|role/service-role)/[&#92;w+=,.&#64;-]*$}.
   * CloudFormation property {@code ManageAccessRole}.
   */
  public SubscriptionTarget manageAccessRole(String value) {
    return set("ManageAccessRole", Value.of(value));
  }

  /** Sets {@code ManageAccessRole} to this value; see {@link #manageAccessRole(String)}. */
  public SubscriptionTarget manageAccessRole(Value<String> value) {
    return set("ManageAccessRole", value);
  }

  /**
   * The name of the subscription target.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
   */
  public SubscriptionTarget name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SubscriptionTarget name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The provider of the subscription target.
   *
   * <p>CloudFormation property {@code Provider}.
   */
  public SubscriptionTarget provider(String value) {
    return set("Provider", Value.of(value));
  }

  /** Sets {@code Provider} to this value; see {@link #provider(String)}. */
  public SubscriptionTarget provider(Value<String> value) {
    return set("Provider", value);
  }

  /**
   * The configuration of the subscription target.
   *
   * <p>Required. CloudFormation property {@code SubscriptionTargetConfig}.
   */
  public SubscriptionTarget subscriptionTargetConfig(List<SubscriptionTargetForm> value) {
    return set("SubscriptionTargetConfig", Value.listOf(value));
  }

  /**
   * Sets {@code SubscriptionTargetConfig} to this value; see {@link
   * #subscriptionTargetConfig(List)}.
   */
  public SubscriptionTarget subscriptionTargetConfig(Value<List<SubscriptionTargetForm>> value) {
    return set("SubscriptionTargetConfig", value);
  }

  /**
   * Sets {@code SubscriptionTargetConfig} to a list of these; see {@link
   * #subscriptionTargetConfig(List)}.
   */
  public SubscriptionTarget subscriptionTargetConfig(SubscriptionTargetForm... values) {
    return set("SubscriptionTargetConfig", Value.list(values));
  }

  /**
   * The type of the subscription target.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public SubscriptionTarget typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public SubscriptionTarget typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The timestamp of when the subscription target was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon DataZone user who created the subscription target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The identifier of the Amazon DataZone domain in which the subscription target exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The identifier of the environment of the subscription target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * The identifier of the subscription target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The identifier of the project specified in the subscription target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }

  /**
   * The timestamp of when the subscription target was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The Amazon DataZone user who updated the subscription target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedBy}.
   */
  public Value<String> updatedBy() {
    return getAtt("UpdatedBy");
  }

  /**
   * The details of the subscription target configuration.
   *
   * <p>Property type {@code AWS::DataZone::SubscriptionTarget.SubscriptionTargetForm}.
   */
  public static final class SubscriptionTargetForm extends Struct<SubscriptionTargetForm> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::SubscriptionTarget.SubscriptionTargetForm")
        .required("Content", "FormName")
        .constrain("FormName", Constraint.of().pattern("^(?![0-9_])\\w+$|^_\\w*[a-zA-Z0-9]\\w*$").minLength(1).maxLength(128))
        .build();

    public SubscriptionTargetForm() {
      super(SCHEMA);
    }

    /**
     * The content of the subscription target configuration.
     *
     * <p>Required. CloudFormation property {@code Content}.
     */
    public SubscriptionTargetForm content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public SubscriptionTargetForm content(Value<String> value) {
      return set("Content", value);
    }

    /**
     * The form name included in the subscription target configuration.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^(?![0-9_])&#92;w+$|^_&#92;w*[a-zA-Z0-9]&#92;w*$}. CloudFormation property {@code FormName}.
     */
    public SubscriptionTargetForm formName(String value) {
      return set("FormName", Value.of(value));
    }

    /** Sets {@code FormName} to this value; see {@link #formName(String)}. */
    public SubscriptionTargetForm formName(Value<String> value) {
      return set("FormName", value);
    }
  }
}
