// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ask;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>Alexa::ASK::Skill</code> resource creates an Alexa skill that enables customers to
 * access new abilities. For more information about developing a skill, see the .
 *
 * <p>CloudFormation type {@code Alexa::ASK::Skill}.
 */
public final class Skill extends Resource<Skill> {
  private static final Schema SCHEMA = Schema.builder("Alexa::ASK::Skill")
      .required("AuthenticationConfiguration", "SkillPackage", "VendorId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public Skill(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Login with Amazon (LWA) configuration used to authenticate with the Alexa service. Only Login
   * with Amazon clients created through the are supported. The client ID, client secret, and
   * refresh token are required.
   *
   * <p>Required. CloudFormation property {@code AuthenticationConfiguration}.
   */
  public Skill authenticationConfiguration(Value<AuthenticationConfiguration> value) {
    return set("AuthenticationConfiguration", value);
  }

  /**
   * Configuration for the skill package that contains the components of the Alexa skill. Skill
   * packages are retrieved from an Amazon S3 bucket and key and used to create and update the
   * skill. For more information about the skill package format, see the .
   *
   * <p>Required. CloudFormation property {@code SkillPackage}.
   */
  public Skill skillPackage(Value<SkillPackage> value) {
    return set("SkillPackage", value);
  }

  /**
   * Sets {@code SkillPackage} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #skillPackage(Value)}.
   */
  public Skill skillPackage(Asset asset) {
    return set("SkillPackage", new SkillPackage().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * The vendor ID associated with the Amazon developer account that will host the skill. Details
   * for retrieving the vendor ID are in . The provided LWA credentials must be linked to the
   * developer account associated with this vendor ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VendorId}.
   */
  public Skill vendorId(String value) {
    return set("VendorId", Value.of(value));
  }

  /** Sets {@code VendorId} to this value; see {@link #vendorId(String)}. */
  public Skill vendorId(Value<String> value) {
    return set("VendorId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>AuthenticationConfiguration</code> property type specifies the Login with Amazon
   * (LWA) configuration used to authenticate with the Alexa service. Only Login with Amazon
   * security profiles created through the are supported for authentication. A client ID, client
   * secret, and refresh token are required. You can generate a client ID and client secret by
   * creating a new on the Amazon Developer Portal or you can retrieve them from an existing
   * profile. You can then retrieve the refresh token using the Alexa Skills Kit CLI. For
   * instructions, see in the .
   *
   * <p><code>AuthenticationConfiguration</code> is a property of the <code>Alexa::ASK::Skill</code>
   * resource.
   *
   * <p>Property type {@code Alexa::ASK::Skill.AuthenticationConfiguration}.
   */
  public static final class AuthenticationConfiguration extends Struct<AuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("Alexa::ASK::Skill.AuthenticationConfiguration")
        .required("ClientId", "ClientSecret", "RefreshToken")
        .build();

    public AuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Client ID from Login with Amazon (LWA).
     *
     * <p>Required. CloudFormation property {@code ClientId}.
     */
    public AuthenticationConfiguration clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public AuthenticationConfiguration clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * Client secret from Login with Amazon (LWA).
     *
     * <p>Required. CloudFormation property {@code ClientSecret}.
     */
    public AuthenticationConfiguration clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public AuthenticationConfiguration clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * Refresh token from Login with Amazon (LWA). This token is secret.
     *
     * <p>Required. CloudFormation property {@code RefreshToken}.
     */
    public AuthenticationConfiguration refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public AuthenticationConfiguration refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }

  /**
   * The <code>Overrides</code> property type provides overrides to the skill package to apply when
   * creating or updating the skill. Values provided here do not modify the contents of the original
   * skill package. Currently, only overriding values inside of the skill manifest component of the
   * package is supported.
   *
   * <p><code>Overrides</code> is a property of the <code>Alexa::ASK::Skill SkillPackage</code>
   * property type.
   *
   * <p>Property type {@code Alexa::ASK::Skill.Overrides}.
   */
  public static final class Overrides extends Struct<Overrides> {
    private static final Schema SCHEMA = Schema.builder("Alexa::ASK::Skill.Overrides")
        .constrain("Manifest", Constraint.of().format("json"))
        .build();

    public Overrides() {
      super(SCHEMA);
    }

    /**
     * Overrides to apply to the skill manifest inside of the skill package. The skill manifest
     * contains metadata about the skill. For more information, see .
     *
     * <p>Format: {@code json}. CloudFormation property {@code Manifest}.
     */
    public Overrides manifest(Value<Json> value) {
      return set("Manifest", value);
    }
  }

  /**
   * The <code>SkillPackage</code> property type contains configuration details for the skill
   * package that contains the components of the Alexa skill. Skill packages are retrieved from an
   * Amazon S3 bucket and key and used to create and update the skill. More details about the skill
   * package format are located in the .
   *
   * <p><code>SkillPackage</code> is a property of the <code>Alexa::ASK::Skill</code> resource.
   *
   * <p>Property type {@code Alexa::ASK::Skill.SkillPackage}.
   */
  public static final class SkillPackage extends Struct<SkillPackage> {
    private static final Schema SCHEMA = Schema.builder("Alexa::ASK::Skill.SkillPackage")
        .required("S3Bucket", "S3Key")
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public SkillPackage() {
      super(SCHEMA);
    }

    /**
     * Overrides to the skill package to apply when creating or updating the skill. Values provided
     * here do not modify the contents of the original skill package. Currently, only overriding
     * values inside of the skill manifest component of the package is supported.
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public SkillPackage overrides(Value<Overrides> value) {
      return set("Overrides", value);
    }

    /**
     * The name of the Amazon S3 bucket where the .zip file that contains the skill package is
     * stored.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public SkillPackage s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public SkillPackage s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * ARN of the IAM role that grants the Alexa service ( <code>alexa-appkit.amazon.com</code> )
     * permission to access the bucket and retrieve the skill package. This property is optional. If
     * you do not provide it, the bucket must be publicly accessible or configured with a policy
     * that allows this access. Otherwise, CloudFormation cannot create the skill.
     *
     * <p>CloudFormation property {@code S3BucketRole}.
     */
    public SkillPackage s3BucketRole(String value) {
      return set("S3BucketRole", Value.of(value));
    }

    /** Sets {@code S3BucketRole} to this value; see {@link #s3BucketRole(String)}. */
    public SkillPackage s3BucketRole(Value<String> value) {
      return set("S3BucketRole", value);
    }

    /**
     * The location and name of the skill package .zip file.
     *
     * <p>Required. CloudFormation property {@code S3Key}.
     */
    public SkillPackage s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public SkillPackage s3Key(Value<String> value) {
      return set("S3Key", value);
    }

    /**
     * If you have S3 versioning enabled, the version ID of the skill package.zip file.
     *
     * <p>CloudFormation property {@code S3ObjectVersion}.
     */
    public SkillPackage s3ObjectVersion(String value) {
      return set("S3ObjectVersion", Value.of(value));
    }

    /** Sets {@code S3ObjectVersion} to this value; see {@link #s3ObjectVersion(String)}. */
    public SkillPackage s3ObjectVersion(Value<String> value) {
      return set("S3ObjectVersion", value);
    }
  }
}
