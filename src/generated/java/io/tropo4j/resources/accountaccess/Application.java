// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.accountaccess;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::AccountAccess::Application specifying an application for
 * account access
 *
 * <p>CloudFormation type {@code AWS::AccountAccess::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Application")
      .required("IdentitySource")
      .refYields("ApplicationArn")
      .attributes("ApplicationArn", "CreatedAt", "IdentitySource.IdentityCenter.ApplicationArn",
          "Status", "TenantId", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code IdentitySource}.
   */
  public Application identitySource(Value<IdentitySource> value) {
    return set("IdentitySource", value);
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
   * The ARN of the application
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * The timestamp when the application was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the associated Identity Center application
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentitySource.IdentityCenter.ApplicationArn}.
   */
  public Value<String> identitySourceIdentityCenterApplicationArn() {
    return getAtt("IdentitySource.IdentityCenter.ApplicationArn");
  }

  /**
   * The status of the application
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The tenant ID of the application
   *
   * <p>{@code Fn::GetAtt} attribute {@code TenantId}.
   */
  public Value<String> tenantId() {
    return getAtt("TenantId");
  }

  /**
   * The timestamp when the application was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::AccountAccess::Application.IdentityCenter}. */
  public static final class IdentityCenter extends Struct<IdentityCenter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Application.IdentityCenter")
        .required("InstanceArn")
        .constrain("ApplicationArn", Constraint.of().pattern("^arn:[a-z0-9-]+:sso::[0-9]{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$").minLength(10).maxLength(1224))
        .constrain("InstanceArn", Constraint.of().pattern("^arn:[a-z0-9-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
        .build();

    public IdentityCenter() {
      super(SCHEMA);
    }

    /**
     * The ARN of the associated Identity Center application
     *
     * <p>Length: 10 to 1224 characters. Pattern: {@code
     * ^arn:[a-z0-9-]+:sso::[0-9]{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$}.
     * CloudFormation property {@code ApplicationArn}.
     */
    public IdentityCenter applicationArn(String value) {
      return set("ApplicationArn", Value.of(value));
    }

    /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
    public IdentityCenter applicationArn(Value<String> value) {
      return set("ApplicationArn", value);
    }

    /**
     * The ARN of the Identity Center instance
     *
     * <p>Required. Length: 10 to 1224 characters. Pattern: {@code
     * ^arn:[a-z0-9-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}. CloudFormation property {@code
     * InstanceArn}.
     */
    public IdentityCenter instanceArn(String value) {
      return set("InstanceArn", Value.of(value));
    }

    /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
    public IdentityCenter instanceArn(Value<String> value) {
      return set("InstanceArn", value);
    }
  }

  /** Property type {@code AWS::AccountAccess::Application.IdentitySource}. */
  public static final class IdentitySource extends Struct<IdentitySource> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Application.IdentitySource")
        .required("IdentityCenter")
        .build();

    public IdentitySource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code IdentityCenter}. */
    public IdentitySource identityCenter(Value<IdentityCenter> value) {
      return set("IdentityCenter", value);
    }
  }
}
