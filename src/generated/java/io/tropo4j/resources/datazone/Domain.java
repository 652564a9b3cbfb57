// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataZone::Domain</code> resource specifies an Amazon DataZone domain. You can use
 * domains to organize your assets, users, and their projects.
 *
 * <p>CloudFormation type {@code AWS::DataZone::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Domain")
      .required("Name")
      .constrain("DomainExecutionRole", Constraint.of().pattern("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$"))
      .allowed("DomainVersion", "V1", "V2")
      .constrain("KmsKeyIdentifier", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(1024))
      .constrain("ServiceRole", Constraint.of().pattern("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$"))
      .refYields("Id")
      .attributes("Arn", "CreatedAt", "Id", "LastUpdatedAt", "ManagedAccountId", "PortalUrl",
          "RootDomainUnitId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the Amazon DataZone domain.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Domain description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Domain description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The domain execution role that is created when an Amazon DataZone domain is created. The domain
   * execution role is created in the AWS account that houses the Amazon DataZone domain.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:iam::&#92;d{12}:role(/[a-zA-Z0-9+=,.&#64;_-]+)*&#47;[a-zA-Z0-9+=,.&#64;_-]+$}.
   * CloudFormation property {@code DomainExecutionRole}.
   */
  public Domain domainExecutionRole(String value) {
    return set("DomainExecutionRole", Value.of(value));
  }

  /** Sets {@code DomainExecutionRole} to this value; see {@link #domainExecutionRole(String)}. */
  public Domain domainExecutionRole(Value<String> value) {
    return set("DomainExecutionRole", value);
  }

  /**
   * The domain version.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code V1}, {@code V2}. CloudFormation
   * property {@code DomainVersion}.
   */
  public Domain domainVersion(String value) {
    return set("DomainVersion", Value.of(value));
  }

  /** Sets {@code DomainVersion} to this value; see {@link #domainVersion(String)}. */
  public Domain domainVersion(Value<String> value) {
    return set("DomainVersion", value);
  }

  /**
   * The identifier of the AWS Key Management Service (KMS) key that is used to encrypt the Amazon
   * DataZone domain, metadata, and reporting data.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. CloudFormation
   * property {@code KmsKeyIdentifier}.
   */
  public Domain kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public Domain kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * The name of the Amazon DataZone domain.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Domain name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Domain name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The service role of the domain.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:iam::&#92;d{12}:role(/[a-zA-Z0-9+=,.&#64;_-]+)*&#47;[a-zA-Z0-9+=,.&#64;_-]+$}.
   * CloudFormation property {@code ServiceRole}.
   */
  public Domain serviceRole(String value) {
    return set("ServiceRole", Value.of(value));
  }

  /** Sets {@code ServiceRole} to this value; see {@link #serviceRole(String)}. */
  public Domain serviceRole(Value<String> value) {
    return set("ServiceRole", value);
  }

  /**
   * The single sign-on details in Amazon DataZone.
   *
   * <p>CloudFormation property {@code SingleSignOn}.
   */
  public Domain singleSignOn(Value<SingleSignOn> value) {
    return set("SingleSignOn", value);
  }

  /**
   * The tags specified for the Amazon DataZone domain.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Amazon DataZone domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A timestamp of when a Amazon DataZone domain was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the Amazon DataZone domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A timestamp of when a Amazon DataZone domain was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The identifier of the AWS account that manages the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedAccountId}.
   */
  public Value<String> managedAccountId() {
    return getAtt("ManagedAccountId");
  }

  /**
   * The data portal URL for the Amazon DataZone domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalUrl}.
   */
  public Value<String> portalUrl() {
    return getAtt("PortalUrl");
  }

  /**
   * The ID of the root domain unit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RootDomainUnitId}.
   */
  public Value<String> rootDomainUnitId() {
    return getAtt("RootDomainUnitId");
  }

  /**
   * The status of the Amazon DataZone domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The single sign-on details in Amazon DataZone.
   *
   * <p>Property type {@code AWS::DataZone::Domain.SingleSignOn}.
   */
  public static final class SingleSignOn extends Struct<SingleSignOn> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Domain.SingleSignOn")
        .constrain("IdcInstanceArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}").minLength(10).maxLength(1224))
        .allowed("Type", "IAM_IDC", "DISABLED")
        .allowed("UserAssignment", "AUTOMATIC", "MANUAL")
        .build();

    public SingleSignOn() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IDC instance.
     *
     * <p>Length: 10 to 1224 characters. Pattern: {@code
     * arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}}.
     * CloudFormation property {@code IdcInstanceArn}.
     */
    public SingleSignOn idcInstanceArn(String value) {
      return set("IdcInstanceArn", Value.of(value));
    }

    /** Sets {@code IdcInstanceArn} to this value; see {@link #idcInstanceArn(String)}. */
    public SingleSignOn idcInstanceArn(Value<String> value) {
      return set("IdcInstanceArn", value);
    }

    /**
     * The type of single sign-on in Amazon DataZone.
     *
     * <p>Allowed values: {@code IAM_IDC}, {@code DISABLED}. CloudFormation property {@code Type}.
     */
    public SingleSignOn type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SingleSignOn type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The single sign-on user assignment in Amazon DataZone.
     *
     * <p>Allowed values: {@code AUTOMATIC}, {@code MANUAL}. CloudFormation property {@code
     * UserAssignment}.
     */
    public SingleSignOn userAssignment(String value) {
      return set("UserAssignment", Value.of(value));
    }

    /** Sets {@code UserAssignment} to this value; see {@link #userAssignment(String)}. */
    public SingleSignOn userAssignment(Value<String> value) {
      return set("UserAssignment", value);
    }
  }
}
