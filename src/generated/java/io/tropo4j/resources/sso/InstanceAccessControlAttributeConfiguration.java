// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sso;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Enables the attribute-based access control (ABAC) feature for the specified instance. You can
 * also specify new attributes to add to your ABAC configuration during the enabling process. For
 * more information about ABAC, see <a
 * href="https://docs.aws.amazon.com//singlesignon/latest/userguide/abac.html">Attribute-Based
 * Access Control</a> in the <em>User Guide</em> .
 *
 * <p>The <code>InstanceAccessControlAttributeConfiguration</code> property has been deprecated but
 * is still supported for backwards compatibility purposes. We recommend that you use the
 * <code>AccessControlAttributes</code> property instead.
 *
 * <p>CloudFormation type {@code AWS::SSO::InstanceAccessControlAttributeConfiguration}.
 */
public final class InstanceAccessControlAttributeConfiguration extends Resource<InstanceAccessControlAttributeConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSO::InstanceAccessControlAttributeConfiguration")
      .required("InstanceArn")
      .constrain("InstanceArn", Constraint.of().pattern("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}").minLength(10).maxLength(1224))
      .refYields("InstanceArn")
      .build();

  public InstanceAccessControlAttributeConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Lists the attributes that are configured for ABAC in the specified instance.
   *
   * <p>CloudFormation property {@code AccessControlAttributes}.
   */
  public InstanceAccessControlAttributeConfiguration accessControlAttributes(List<AccessControlAttribute> value) {
    return set("AccessControlAttributes", Value.listOf(value));
  }

  /**
   * Sets {@code AccessControlAttributes} to this value; see {@link #accessControlAttributes(List)}.
   */
  public InstanceAccessControlAttributeConfiguration accessControlAttributes(Value<List<AccessControlAttribute>> value) {
    return set("AccessControlAttributes", value);
  }

  /**
   * Sets {@code AccessControlAttributes} to a list of these; see {@link
   * #accessControlAttributes(List)}.
   */
  public InstanceAccessControlAttributeConfiguration accessControlAttributes(AccessControlAttribute... values) {
    return set("AccessControlAttributes", Value.list(values));
  }

  /**
   * The InstanceAccessControlAttributeConfiguration property has been deprecated but is still
   * supported for backwards compatibility purposes. We recomend that you use
   * AccessControlAttributes property instead.
   *
   * <p>CloudFormation property {@code InstanceAccessControlAttributeConfiguration}.
   *
   * @deprecated The specification marks {@code InstanceAccessControlAttributeConfiguration}
   * deprecated.
   */
  @Deprecated
  public InstanceAccessControlAttributeConfiguration instanceAccessControlAttributeConfiguration(Value<InstanceAccessControlAttributeConfigurationProperty> value) {
    return set("InstanceAccessControlAttributeConfiguration", value);
  }

  /**
   * The ARN of the instance under which the operation will be executed.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}}. CloudFormation property
   * {@code InstanceArn}.
   */
  public InstanceAccessControlAttributeConfiguration instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public InstanceAccessControlAttributeConfiguration instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * These are identity store attributes that you can configure for use in attributes-based access
   * control (ABAC). You can create permissions policies that determine who can access your AWS
   * resources based upon the configured attribute values. When you enable ABAC and specify
   * <code>AccessControlAttributes</code> , passes the attribute values of the authenticated user
   * into IAM for use in policy evaluation.
   *
   * <p>Property type {@code
   * AWS::SSO::InstanceAccessControlAttributeConfiguration.AccessControlAttribute}.
   */
  public static final class AccessControlAttribute extends Struct<AccessControlAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::InstanceAccessControlAttributeConfiguration.AccessControlAttribute")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]+").minLength(1).maxLength(128))
        .build();

    public AccessControlAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute associated with your identities in your identity source. This is
     * used to map a specified attribute in your identity source with an attribute in .
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * [&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;]+}. CloudFormation property {@code Key}.
     */
    public AccessControlAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AccessControlAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value used for mapping a specified attribute to an identity source.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public AccessControlAttribute value(Value<AccessControlAttributeValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The value used for mapping a specified attribute to an identity source.
   *
   * <p>Property type {@code
   * AWS::SSO::InstanceAccessControlAttributeConfiguration.AccessControlAttributeValue}.
   */
  public static final class AccessControlAttributeValue extends Struct<AccessControlAttributeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::InstanceAccessControlAttributeConfiguration.AccessControlAttributeValue")
        .required("Source")
        .constrain("Source", Constraint.of().pattern("[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@\\[\\]\\{\\}\\$\\\\\"]*").minLength(0).maxLength(256))
        .build();

    public AccessControlAttributeValue() {
      super(SCHEMA);
    }

    /**
     * The identity source to use when mapping a specified attribute to .
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * [&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;&#92;[&#92;]&#92;{&#92;}&#92;$&#92;&#92;"]*}.
     * CloudFormation property {@code Source}.
     */
    public AccessControlAttributeValue source(List<String> value) {
      return set("Source", Value.listOf(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(List)}. */
    public AccessControlAttributeValue source(Value<List<String>> value) {
      return set("Source", value);
    }
  }

  /**
   * The InstanceAccessControlAttributeConfiguration property has been deprecated but is still
   * supported for backwards compatibility purposes. We recomend that you use
   * AccessControlAttributes property instead.
   *
   * <p>Property type {@code
   * AWS::SSO::InstanceAccessControlAttributeConfiguration.InstanceAccessControlAttributeConfiguration}.
   */
  public static final class InstanceAccessControlAttributeConfigurationProperty extends Struct<InstanceAccessControlAttributeConfigurationProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::InstanceAccessControlAttributeConfiguration.InstanceAccessControlAttributeConfiguration")
        .required("AccessControlAttributes")
        .build();

    public InstanceAccessControlAttributeConfigurationProperty() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AccessControlAttributes}. */
    public InstanceAccessControlAttributeConfigurationProperty accessControlAttributes(List<AccessControlAttribute> value) {
      return set("AccessControlAttributes", Value.listOf(value));
    }

    /**
     * Sets {@code AccessControlAttributes} to this value; see {@link
     * #accessControlAttributes(List)}.
     */
    public InstanceAccessControlAttributeConfigurationProperty accessControlAttributes(Value<List<AccessControlAttribute>> value) {
      return set("AccessControlAttributes", value);
    }

    /**
     * Sets {@code AccessControlAttributes} to a list of these; see {@link
     * #accessControlAttributes(List)}.
     */
    public InstanceAccessControlAttributeConfigurationProperty accessControlAttributes(AccessControlAttribute... values) {
      return set("AccessControlAttributes", Value.list(values));
    }
  }
}
