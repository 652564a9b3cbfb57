// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.nimblestudio;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-nimblestudio-studio.html
 *
 * <p>CloudFormation type {@code AWS::NimbleStudio::Studio}.
 */
public final class Studio extends Resource<Studio> {
  private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::Studio")
      .required("AdminRoleArn", "DisplayName", "StudioName", "UserRoleArn")
      .references("AdminRoleArn", "AWS::IAM::Role.Arn")
      .references("UserRoleArn", "AWS::IAM::Role.Arn")
      .refYields("StudioId")
      .attributes("HomeRegion", "SsoClientId", "StudioId", "StudioUrl")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Studio(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * &lt;p&gt;The IAM role that Studio Admins will assume when logging in to the Nimble Studio
   * portal.&lt;/p&gt;
   *
   * <p>Required. CloudFormation property {@code AdminRoleArn}.
   */
  public Studio adminRoleArn(String value) {
    return set("AdminRoleArn", Value.of(value));
  }

  /** Sets {@code AdminRoleArn} to this value; see {@link #adminRoleArn(String)}. */
  public Studio adminRoleArn(Value<String> value) {
    return set("AdminRoleArn", value);
  }

  /**
   * Sets {@code AdminRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #adminRoleArn(String)}.
   */
  public Studio adminRoleArn(Role resource) {
    return set("AdminRoleArn", resource.arn());
  }

  /**
   * &lt;p&gt;A friendly name for the studio.&lt;/p&gt;
   *
   * <p>Required. CloudFormation property {@code DisplayName}.
   */
  public Studio displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Studio displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * &lt;p&gt;Configuration of the encryption method that is used for the studio.&lt;/p&gt;
   *
   * <p>CloudFormation property {@code StudioEncryptionConfiguration}.
   */
  public Studio studioEncryptionConfiguration(Value<StudioEncryptionConfiguration> value) {
    return set("StudioEncryptionConfiguration", value);
  }

  /**
   * &lt;p&gt;The studio name that is used in the URL of the Nimble Studio portal when accessed by
   * Nimble Studio users.&lt;/p&gt;
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StudioName}.
   */
  public Studio studioName(String value) {
    return set("StudioName", Value.of(value));
  }

  /** Sets {@code StudioName} to this value; see {@link #studioName(String)}. */
  public Studio studioName(Value<String> value) {
    return set("StudioName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public Studio tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Studio tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Studio tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * &lt;p&gt;The IAM role that Studio Users will assume when logging in to the Nimble Studio
   * portal.&lt;/p&gt;
   *
   * <p>Required. CloudFormation property {@code UserRoleArn}.
   */
  public Studio userRoleArn(String value) {
    return set("UserRoleArn", Value.of(value));
  }

  /** Sets {@code UserRoleArn} to this value; see {@link #userRoleArn(String)}. */
  public Studio userRoleArn(Value<String> value) {
    return set("UserRoleArn", value);
  }

  /**
   * Sets {@code UserRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #userRoleArn(String)}.
   */
  public Studio userRoleArn(Role resource) {
    return set("UserRoleArn", resource.arn());
  }

  /**
   * &lt;p&gt;The Amazon Web Services Region where the studio resource is located.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code HomeRegion}.
   */
  public Value<String> homeRegion() {
    return getAtt("HomeRegion");
  }

  /**
   * &lt;p&gt;The Amazon Web Services SSO application client ID used to integrate with Amazon Web
   * Services SSO to enable Amazon Web Services SSO users to log in to Nimble Studio
   * portal.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code SsoClientId}.
   */
  public Value<String> ssoClientId() {
    return getAtt("SsoClientId");
  }

  /** {@code Fn::GetAtt} attribute {@code StudioId}. */
  public Value<String> studioId() {
    return getAtt("StudioId");
  }

  /**
   * &lt;p&gt;The address of the web page for the studio.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code StudioUrl}.
   */
  public Value<String> studioUrl() {
    return getAtt("StudioUrl");
  }

  /**
   * &lt;p&gt;Configuration of the encryption method that is used for the studio.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::NimbleStudio::Studio.StudioEncryptionConfiguration}.
   */
  public static final class StudioEncryptionConfiguration extends Struct<StudioEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::Studio.StudioEncryptionConfiguration")
        .required("KeyType")
        .allowed("KeyType", "AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY")
        .build();

    public StudioEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The ARN for a KMS key that is used to encrypt studio data.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code KeyArn}.
     */
    public StudioEncryptionConfiguration keyArn(String value) {
      return set("KeyArn", Value.of(value));
    }

    /** Sets {@code KeyArn} to this value; see {@link #keyArn(String)}. */
    public StudioEncryptionConfiguration keyArn(Value<String> value) {
      return set("KeyArn", value);
    }

    /**
     * &lt;p&gt;The type of KMS key that is used to encrypt studio data.&lt;/p&gt;
     *
     * <p>Required. Allowed values: {@code AWS_OWNED_KEY}, {@code CUSTOMER_MANAGED_KEY}.
     * CloudFormation property {@code KeyType}.
     */
    public StudioEncryptionConfiguration keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public StudioEncryptionConfiguration keyType(Value<String> value) {
      return set("KeyType", value);
    }
  }
}
